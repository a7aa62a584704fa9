// session-glue.js — what survives a reload, for src/platform/web/session_web.cpp (--js-library):
// the stored reports (window.gongkaiStorage, web/storage.js) and the URL hash (history API).
//
// Kept apart from gongkai-glue.js so each file stays about one thing.
mergeInto(LibraryManager.library, {
  // Hands a string or bytes to C++: a _malloc'ed copy (C++ frees it) and its size, or 0 when
  // there is nothing. Channels: 1 the stored snapshot read at start-up (once; empty when
  // nothing is stored), 2 the next storage problem (JSON), 3 the URL hash when it changed
  // from outside (start-up, Back/Forward, an edited address).
  gongkai_js_session_take__deps: ['malloc'],
  gongkai_js_session_take: function (channel, sizeOut) {
    var s = Module.gongkaiSession;
    if (!s) {
      // First call: start listening to the address bar.
      s = Module.gongkaiSession = { initial: null, initialTaken: false, hash: location.hash.slice(1), published: null };
      var storage = window.gongkaiStorage;
      if (storage) {
        storage.initial.then(function (r) { s.initial = r.bytes || new Uint8Array(0); Module._gongkai_api_request_redraw(); },
                             function () { s.initial = new Uint8Array(0); Module._gongkai_api_request_redraw(); });
      } else {
        s.initial = new Uint8Array(0);
      }
      var changed = function () {
        var h = location.hash.slice(1);
        if (h === s.published) return;   // our own pushState/replaceState
        s.hash = h;
        s.published = h;
        Module._gongkai_api_request_redraw();
      };
      window.addEventListener('popstate', changed);
      window.addEventListener('hashchange', changed);
    }
    var bytes = null;
    if (channel === 1 && !s.initialTaken && s.initial) {
      bytes = s.initial;
      s.initialTaken = true;
      s.initial = null;
    } else if (channel === 2 && window.gongkaiStorage) {
      var p = window.gongkaiStorage.takeProblem();
      if (p) bytes = new TextEncoder().encode(JSON.stringify(p));
    } else if (channel === 3 && s.hash !== null) {
      bytes = new TextEncoder().encode(s.hash);
      s.hash = null;
    }
    if (!bytes) return 0;
    var ptr = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, ptr);
    HEAPU8[ptr + bytes.length] = 0;
    HEAP32[sizeOut >> 2] = bytes.length;
    return ptr;
  },

  gongkai_js_storage_save: function (data, size) {
    if (window.gongkaiStorage) window.gongkaiStorage.save(HEAPU8.slice(data, data + size));
  },
  gongkai_js_storage_clear: function () {
    if (window.gongkaiStorage) window.gongkaiStorage.clear();
  },
  gongkai_js_storage_set_aside: function (reason) {
    if (window.gongkaiStorage) window.gongkaiStorage.setAside(UTF8ToString(reason));
  },

  // Shows the view in the address bar. pushState adds a history entry (Back returns to the
  // previous view); replaceState refines the current one. Neither fires popstate/hashchange.
  gongkai_js_url_set: function (state, newEntry) {
    var h = UTF8ToString(state);
    var s = Module.gongkaiSession;
    if (s) s.published = h;
    if (location.hash.slice(1) === h) return;
    try {
      if (newEntry) history.pushState(history.state, '', '#' + h);
      else history.replaceState(history.state, '', '#' + h);
    } catch (e) {
      // Some embedded views refuse the history API: the address still follows the view.
      location.replace('#' + h);
    }
  },
});
