// gongkai-glue.js — browser services for src/platform/web (linked with --js-library).
//
// Emscripten 3.1.6's GLFW has no clipboard, downloads or file picker, so these few
// functions provide them. The page-level state they share (the font bytes, hooks for
// window.gongkai) lives on Module, set up by web/gongkai-api.js.
mergeInto(LibraryManager.library, {
  // Offers bytes as a download through a Blob URL and <a download>.
  gongkai_js_download: function (name, mime, data, size) {
    var bytes = HEAPU8.slice(data, data + size);
    var blob = new Blob([bytes], { type: UTF8ToString(mime) });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    a.rel = 'noopener';
    a.click();
    // Revoking at once can cancel the download in some browsers: keep the URL a while.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },

  gongkai_js_copy_to_clipboard: function (text, size) {
    var s = new TextDecoder('utf-8').decode(HEAPU8.slice(text, text + size));
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(s).catch(function (e) {
        console.warn('gongkai: the browser refused the clipboard: ' + e.message);
      });
    } else {
      console.warn('gongkai: this browser has no clipboard API');
    }
  },

  // A detached <input type=file>; each chosen file is read and handed to the wasm.
  gongkai_js_open_file_picker: function (request, accept, multiple) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.multiple = !!multiple;
    input.addEventListener('change', function () {
      Array.prototype.forEach.call(input.files, function (file) {
        file.arrayBuffer().then(function (buffer) {
          Module.gongkaiDeliverFile(request, file.name, new Uint8Array(buffer));
        }, function (e) {
          console.warn('gongkai: could not read ' + file.name + ': ' + e.message);
        });
      });
    });
    input.click();
  },

  // The UI font, fetched by gongkai-api.js: 0 pending, 1 ready, 2 handed over, -1 failed.
  gongkai_js_font_status: function () {
    var f = Module.gongkaiFont;
    return f ? f.status : -1;
  },
  gongkai_js_font_size: function () {
    var f = Module.gongkaiFont;
    return f && f.bytes ? f.bytes.length : 0;
  },
  gongkai_js_font_copy: function (destination) {
    var f = Module.gongkaiFont;
    HEAPU8.set(f.bytes, destination);
    f.bytes = null;  // the wasm holds its own copy now
    f.status = 2;
  },

  gongkai_js_notify_ready: function () {
    if (Module.gongkaiHooks) Module.gongkaiHooks.ready();
  },
  gongkai_js_frame_drawn: function (frame) {
    if (Module.gongkaiHooks) Module.gongkaiHooks.frame(frame);
  },
});
