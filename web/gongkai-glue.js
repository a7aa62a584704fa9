// gongkai-glue.js — browser services for src/platform/web (linked with --js-library).
//
// Emscripten 3.1.6's GLFW has no clipboard, downloads or file picker, so these few
// functions provide them. The page-level state they share (the font bytes, hooks for
// window.gongkai) lives on Module, set up by web/gongkai-api.js.
mergeInto(LibraryManager.library, {
  // 1 once the rest of the code (gongkai.deferred.wasm) is instantiated (web/gongkai-api.js).
  gongkai_js_code_loaded: function () {
    return Module.gongkaiCodeLoaded ? 1 : 0;
  },
  // Bytes handed over for loading (src/platform/handed_bytes.hpp), by handle: kept here and read
  // in chunks where they are rather than copied whole into wasm memory. Module.gongkaiHandOver
  // (web/gongkai-api.js) registers them.
  gongkai_js_handed_size: function (handle) {
    var bytes = Module.gongkaiHanded.get(handle);
    return bytes ? bytes.length : 0;
  },
  gongkai_js_handed_read: function (handle, into, offset, max) {
    var bytes = Module.gongkaiHanded.get(handle);
    var n = bytes ? Math.max(0, Math.min(max, bytes.length - offset)) : 0;
    if (n > 0) HEAPU8.set(bytes.subarray(offset, offset + n), into);
    return n;
  },
  gongkai_js_handed_release: function (handle) {
    Module.gongkaiHanded.delete(handle);
  },

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
    // ImGui's own fields paste from here too (gongkai_js_clipboard_text).
    Module.gongkaiClipboard = s;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(s).catch(function (e) {
        console.warn('gongkai: the browser refused the clipboard: ' + e.message);
      });
    } else {
      console.warn('gongkai: this browser has no clipboard API');
    }
  },

  // The latest text copied by the app or pasted into the page (a malloc'ed C string), or 0.
  gongkai_js_clipboard_text: function () {
    var s = Module.gongkaiClipboard;
    if (typeof s !== 'string') return 0;
    var bytes = new TextEncoder().encode(s);
    var p = Module._malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    return p;
  },

  // ---- the system clipboard, read when the user presses Paste (src/platform/web/clipboard_web.cpp) ----
  // readText() needs the user's permission (or a recent click): the answer, text or refusal,
  // waits in Module.gongkaiClipboardRead until the app takes it on a later frame.
  gongkai_js_read_clipboard: function () {
    var done = function (r) {
      Module.gongkaiClipboardRead = r;
      Module._gongkai_api_request_redraw();
    };
    if (!navigator.clipboard || !navigator.clipboard.readText) {
      done({ ok: false, text: 'this browser cannot read the clipboard' });
      return;
    }
    navigator.clipboard.readText().then(function (t) { done({ ok: true, text: t }); },
      function (e) { done({ ok: false, text: (e && e.message) || String(e) }); });
  },
  gongkai_js_clipboard_read_result__deps: ['$gongkaiFiles'],
  gongkai_js_clipboard_read_result: function (statusOut) {
    var r = Module.gongkaiClipboardRead;
    if (!r) return 0;
    Module.gongkaiClipboardRead = null;
    HEAP32[statusOut >> 2] = r.ok ? 1 : 2;
    return gongkaiFiles.cString(r.text);
  },

  // The box to paste into when the clipboard cannot be read: a real <textarea> over the
  // canvas, so a phone's long press offers Paste and multi-line text keeps its lines.
  gongkai_js_paste_box: function (show, x, y, w, h, placeholder) {
    var box = document.getElementById('gongkai-paste-box');
    if (!show) {
      if (box) {
        var had = document.activeElement === box;
        box.remove();
        if (had) Module.canvas.focus();
      }
      return;
    }
    if (!box) {
      box = document.createElement('textarea');
      box.id = 'gongkai-paste-box';
      box.className = 'gongkai-overlay gongkai-paste-box';
      box.spellcheck = false;
      box.addEventListener('paste', function (e) {
        var t = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        if (!t) return;   // nothing as text: let the browser do what it does
        e.preventDefault();
        box.value = t;
        Module.gongkaiPasteBoxText = t;
        Module._gongkai_api_request_redraw();
      });
      box.addEventListener('input', function () { Module._gongkai_api_request_redraw(); });
      document.body.appendChild(box);
      box.focus();
    }
    var rect = Module.canvas.getBoundingClientRect();
    box.style.left = (rect.left + x) + 'px';
    box.style.top = (rect.top + y) + 'px';
    box.style.width = w + 'px';
    box.style.height = h + 'px';
    var label = UTF8ToString(placeholder);
    box.placeholder = label;
    box.setAttribute('aria-label', label);
  },
  // current 0: text a paste put into the box (once); 1: what the box holds now.
  gongkai_js_paste_box_take__deps: ['$gongkaiFiles'],
  gongkai_js_paste_box_take: function (current) {
    var t;
    if (current) {
      var box = document.getElementById('gongkai-paste-box');
      t = box ? box.value : null;
    } else {
      t = Module.gongkaiPasteBoxText;
      Module.gongkaiPasteBoxText = null;
    }
    return typeof t === 'string' ? gongkaiFiles.cString(t) : 0;
  },

  // ---- files: the picker, drops onto the page, ?report= URLs --------------------------
  // Every file is read here with progress reports, then handed to the platform layer
  // (src/platform/web/platform_web.cpp) through gongkai_platform_file_arrived.
  $gongkaiFiles: {
    next: 1,
    // What the app asked for last (Ctrl+O, handled in web/gongkai-api.js, reuses it).
    accept: '.json,.txt,.html,.htm,.mhtml,.mht,.docx,.ofd,.doc,.wps,.pdf,application/json,text/plain,text/html,application/pdf',
    multiple: true,
    openPicker: function (accept, multiple) {
      gongkaiFiles.accept = accept;
      gongkaiFiles.multiple = multiple;
      var input = document.getElementById('gongkai-file-input');
      if (!input) {
        input = document.createElement('input');
        input.type = 'file';
        input.id = 'gongkai-file-input';
        input.className = 'sr-only';
        input.tabIndex = -1;
        input.setAttribute('aria-hidden', 'true');
        input.addEventListener('change', function () {
          Array.prototype.forEach.call(input.files, gongkaiFiles.read);
          input.value = '';  // choosing the same file again fires change again
        });
        document.body.appendChild(input);
      }
      input.accept = accept;
      input.multiple = multiple;
      input.click();
    },
    cString: function (s) {
      var bytes = new TextEncoder().encode(s);
      var p = Module._malloc(bytes.length + 1);
      HEAPU8.set(bytes, p);
      HEAPU8[p + bytes.length] = 0;
      return p;
    },
    progress: function (id, name, loaded, total) {
      var n = gongkaiFiles.cString(name);
      Module._gongkai_platform_file_progress(id, n, loaded, total || 0);
      Module._free(n);
    },
    arrive: function (id, name, bytes, error) {
      // A gzip file (magic bytes 1F 8B, e.g. a big collection saved as .json.gz) is
      // decompressed here first (issue 7), its progress shown like a read's.
      if (bytes && bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        gongkaiFiles.gunzip(id, name, bytes);
        return;
      }
      // A PDF (%PDF-) is read by pdf.js, loaded now (web/gongkai-api.js); the app gets its text.
      if (bytes && bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
        gongkaiFiles.progress(id, name, 0, 0);
        Module.gongkaiReadPdf(bytes).then(function (json) { gongkaiFiles.arrive(id, name, json, null); });
        return;
      }
      if (bytes && bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
        gongkaiFiles.unzip(id, name, bytes);
        return;
      }
      var n = gongkaiFiles.cString(name);
      var e = error ? gongkaiFiles.cString(error) : 0;
      // The bytes stay here; the app reads them a chunk at a time (handed_bytes.hpp).
      Module._gongkai_platform_file_arrived(id, n, e ? -1 : Module.gongkaiHandOver(bytes || new Uint8Array(0)), e);
      Module._free(n);
      if (e) Module._free(e);
    },
    // The browser's DecompressionStream does the work; progress counts decompressed bytes (the
    // final size is unknown until the end). Capped at the loader's 256 MiB so that a small
    // "gzip bomb" cannot fill the tab's memory.
    maxBytes: 256 * 1024 * 1024,
    tooLarge: function (name, size) {
      return name + ' is ' + (size / 1048576).toFixed(1) + ' MiB, more than 256 MiB, the largest file Gongkai reads; ' +
        'it was not read. Split the collection, or use the command-line tool (docs/scale.md).';
    },
    gunzip: function (id, name, bytes) {
      if (typeof DecompressionStream === 'undefined') {
        gongkaiFiles.arrive(id, name, null, 'this browser cannot decompress gzip files (no DecompressionStream); decompress ' +
          name + ' first, e.g. with gunzip or 7-Zip');
        return;
      }
      var reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
      var chunks = [];
      var loaded = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var all = new Uint8Array(loaded);
            var at = 0;
            chunks.forEach(function (c) { all.set(c, at); at += c.length; });
            return all;
          }
          loaded += r.value.length;
          if (loaded > gongkaiFiles.maxBytes) {
            reader.cancel();
            throw new Error('it decompresses to more than 256 MiB, the largest file Gongkai reads');
          }
          chunks.push(r.value);
          gongkaiFiles.progress(id, name, loaded, 0);
          return pump();
        });
      }
      pump().then(function (all) {
        gongkaiFiles.arrive(id, name, all, null);
      }, function (e) {
        gongkaiFiles.arrive(id, name, null, 'could not decompress ' + name + ': ' + e.message);
      });
    },
    // A .docx or .ofd is a ZIP of XML. Its XML entries are unpacked here ('deflate-raw'), within
    // the limits the core keeps natively (src/core/zip_archive.hpp), and handed over as the
    // core's unpacked bundle; the core reads the archive's words. Anything this cannot parse
    // goes over as it is, for the core to say what is wrong in the UI's language.
    unzip: function (id, name, bytes) {
      var v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      var eocd = -1;
      for (var i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); --i)
        if (v.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
      if (eocd < 0 || typeof DecompressionStream === 'undefined') return gongkaiFiles.arrive2(id, name, bytes);
      var entries = [], at = v.getUint32(eocd + 16, true), n = v.getUint16(eocd + 10, true);
      try {
        for (var k = 0; k < n; ++k) {
          if (v.getUint32(at, true) !== 0x02014b50) throw 0;
          var nameLen = v.getUint16(at + 28, true), local = v.getUint32(at + 42, true);
          var entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
          var start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
          if (/\.xml$/.test(entryName))
            entries.push({ name: entryName, method: v.getUint16(at + 10, true), data: bytes.subarray(start, start + v.getUint32(at + 20, true)) });
          at += 46 + nameLen + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
        }
      } catch (e) { return gongkaiFiles.arrive2(id, name, bytes); }
      var enc = new TextEncoder(), parts = [enc.encode('GONGKAI-UNPACKED-ZIP\n')], total = 0, limit = 128 * 1048576;
      var add = function (entryName, data) {
        var nm = enc.encode(entryName);
        parts.push(enc.encode(nm.length + '\n'), nm, enc.encode(data.length + '\n'), data);
      };
      var next = function (k) {
        if (k === entries.length) return Promise.resolve();
        var e = entries[k];
        if (e.method !== 8) { add(e.name, e.data); total += e.data.length; return next(k + 1); }
        var reader = new Blob([e.data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
        var chunks = [], got = 0;
        var pump = function () {
          return reader.read().then(function (r) {
            if (r.done) return new Blob(chunks).arrayBuffer().then(function (b) { add(e.name, new Uint8Array(b)); return next(k + 1); });
            got += r.value.length; total += r.value.length;
            // A ZIP bomb stops here, at the limit, not after filling the tab's memory.
            if (got > 64 * 1048576 || total > limit) { reader.cancel(); throw new Error('too_large'); }
            chunks.push(r.value);
            return pump();
          });
        };
        return pump();
      };
      next(0).then(function () {
        new Blob(parts).arrayBuffer().then(function (b) { gongkaiFiles.arrive2(id, name, new Uint8Array(b)); });
      }, function (e) {
        parts = [enc.encode('GONGKAI-UNPACKED-ZIP\n')];
        add('!error', enc.encode(e && e.message === 'too_large' ? 'too_large' : 'damaged'));
        new Blob(parts).arrayBuffer().then(function (b) { gongkaiFiles.arrive2(id, name, new Uint8Array(b)); });
      });
    },
    // arrive() without the archive checks (the bytes were unpacked already, or go over as they are).
    arrive2: function (id, name, bytes) {
      var n = gongkaiFiles.cString(name);
      Module._gongkai_platform_file_arrived(id, n, Module.gongkaiHandOver(bytes), 0);
      Module._free(n);
    },
    // FileReader rather than File.arrayBuffer(): it reports progress on large files.
    read: function (file) {
      var id = gongkaiFiles.next++;
      // Refused from its size, before reading: a 1 GiB file must not cost the tab 2 GiB.
      if (file.size > gongkaiFiles.maxBytes) {
        gongkaiFiles.arrive(id, file.name, null, gongkaiFiles.tooLarge(file.name, file.size));
        return;
      }
      gongkaiFiles.progress(id, file.name, 0, file.size);
      var reader = new FileReader();
      reader.onprogress = function (e) { gongkaiFiles.progress(id, file.name, e.loaded, e.lengthComputable ? e.total : file.size); };
      reader.onload = function () { gongkaiFiles.arrive(id, file.name, new Uint8Array(reader.result), null); };
      reader.onerror = function () {
        gongkaiFiles.arrive(id, file.name, null, 'could not read the file: ' + (reader.error ? reader.error.message : 'unknown error'));
      };
      reader.readAsArrayBuffer(file);
    },
    fetch: function (value) {
      var id = gongkaiFiles.next++;
      var url;
      try {
        url = new URL(value, window.location.href);
      } catch (e) {
        gongkaiFiles.arrive(id, value, null, 'not a valid URL: ' + value);
        return;
      }
      // Same origin only: a link must not make the app fetch (and show as trusted) other sites' data.
      if (url.origin !== window.location.origin) {
        gongkaiFiles.arrive(id, value, null, 'only reports from this site can be opened by URL (' + window.location.origin +
          '); ' + value + ' is on ' + url.origin + '. Download it and open the file instead.');
        return;
      }
      gongkaiFiles.progress(id, value, 0, 0);
      fetch(url.href, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + response.statusText);
        var total = Number(response.headers.get('Content-Length')) || 0;
        if (!response.body || !response.body.getReader) {
          return response.arrayBuffer().then(function (b) { return new Uint8Array(b); });
        }
        var reader = response.body.getReader();
        var chunks = [];
        var loaded = 0;
        function pump() {
          return reader.read().then(function (r) {
            if (r.done) {
              var all = new Uint8Array(loaded);
              var at = 0;
              chunks.forEach(function (c) { all.set(c, at); at += c.length; });
              return all;
            }
            chunks.push(r.value);
            loaded += r.value.length;
            if (loaded > gongkaiFiles.maxBytes) {
              reader.cancel();
              throw new Error(gongkaiFiles.tooLarge(value, Math.max(loaded, total)));
            }
            // A gzip'ed response's Content-Length counts compressed bytes: never show past 100%.
            gongkaiFiles.progress(id, value, loaded, total > loaded ? total : 0);
            return pump();
          });
        }
        return pump();
      }).then(function (bytes) {
        gongkaiFiles.arrive(id, value, bytes, null);
      }, function (e) {
        gongkaiFiles.arrive(id, value, null, 'could not fetch ' + value + ': ' + e.message);
      });
    },
  },

  // One real <input type=file> in the page (hidden), reused: tests and assistive tools can find it.
  gongkai_js_open_file_picker__deps: ['$gongkaiFiles'],
  gongkai_js_open_file_picker: function (accept, multiple) {
    gongkaiFiles.openPicker(UTF8ToString(accept), !!multiple);
  },

  gongkai_js_fetch_file__deps: ['$gongkaiFiles'],
  gongkai_js_fetch_file: function (url) {
    gongkaiFiles.fetch(UTF8ToString(url));
  },

  gongkai_js_url_query_values__deps: ['$gongkaiFiles'],
  gongkai_js_url_query_values: function (name) {
    var values = new URLSearchParams(window.location.search).getAll(UTF8ToString(name));
    return gongkaiFiles.cString(JSON.stringify(values));
  },

  // ---- typing: the <input> laid over an ImGui text field ------------------------------
  $gongkaiOverlay: {
    input: null,
    key: '',
    send: function (value, closed, submitted) {
      var k = gongkaiFiles.cString(gongkaiOverlay.key);
      var v = value === null ? 0 : gongkaiFiles.cString(value);
      Module._gongkai_platform_text_overlay_event(k, v, closed ? 1 : 0, submitted ? 1 : 0);
      Module._free(k);
      if (v) Module._free(v);
    },
    close: function (submitted) {
      var input = gongkaiOverlay.input;
      if (!input || input.hidden) return;
      input.hidden = true;
      gongkaiOverlay.send(input.value, true, submitted);
      if (document.activeElement === input || document.activeElement === document.body) Module.canvas.focus();
    },
    create: function () {
      var input = document.createElement('input');
      input.type = 'text';
      input.id = 'gongkai-text-overlay';
      input.className = 'gongkai-overlay';
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.hidden = true;
      // Typing: forward the value unless an IME composition is still in progress; the
      // composed text arrives with compositionend (and the input event after it).
      input.addEventListener('input', function (e) {
        if (e.isComposing) return;
        gongkaiOverlay.send(input.value, false, false);
      });
      input.addEventListener('compositionend', function () { gongkaiOverlay.send(input.value, false, false); });
      input.addEventListener('blur', function () { gongkaiOverlay.close(false); });
      document.body.appendChild(input);
      gongkaiOverlay.input = input;
      // Keys typed here never reach GLFW (web/gongkai-api.js stops them); Enter and Esc end typing.
      Module.gongkaiOverlayKeydown = function (e) {
        if (e.isComposing || e.keyCode === 229) return;  // the IME is using the key
        if (e.key === 'Enter') { e.preventDefault(); gongkaiOverlay.close(true); }
        else if (e.key === 'Escape') { e.preventDefault(); gongkaiOverlay.close(false); }
      };
      return input;
    },
  },

  gongkai_js_show_text_overlay__deps: ['$gongkaiOverlay', '$gongkaiFiles'],
  gongkai_js_show_text_overlay: function (json) {
    var o = JSON.parse(UTF8ToString(json));
    var input = gongkaiOverlay.input || gongkaiOverlay.create();
    var box = Module.canvas.getBoundingClientRect();
    input.style.left = (box.left + o.x) + 'px';
    input.style.top = (box.top + o.y) + 'px';
    input.style.width = o.w + 'px';
    input.style.height = o.h + 'px';
    input.style.fontSize = o.font + 'px';
    input.style.color = o.colour;
    input.style.background = o.background;
    input.style.borderColor = o.border;
    input.placeholder = o.placeholder;
    input.setAttribute('aria-label', o.placeholder);
    if (input.hidden || gongkaiOverlay.key !== o.key) {
      gongkaiOverlay.key = o.key;
      input.value = o.value;
      input.hidden = false;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  },

  gongkai_js_hide_text_overlay__deps: ['$gongkaiOverlay'],
  gongkai_js_hide_text_overlay: function () {
    gongkaiOverlay.close(false);
  },

  // ---- session settings, the accessible mirror ------------------------------------------
  gongkai_js_session_get__deps: ['$gongkaiFiles'],
  gongkai_js_session_get: function (key) {
    try {
      var v = window.sessionStorage.getItem('gongkai.' + UTF8ToString(key));
      return v === null ? 0 : gongkaiFiles.cString(v);
    } catch (e) {
      return 0;  // storage disabled (private mode, sandboxed frame): settings last for this page only
    }
  },
  gongkai_js_session_set: function (key, value) {
    try {
      window.sessionStorage.setItem('gongkai.' + UTF8ToString(key), UTF8ToString(value));
    } catch (e) { /* see gongkai_js_session_get */ }
  },
  // Settings kept across visits (localStorage), like whether the welcome was dismissed.
  gongkai_js_lasting_get__deps: ['$gongkaiFiles'],
  gongkai_js_lasting_get: function (key) {
    try {
      var v = window.localStorage.getItem('gongkai.' + UTF8ToString(key));
      return v === null ? 0 : gongkaiFiles.cString(v);
    } catch (e) {
      return 0;  // storage disabled: the setting lasts for this page only
    }
  },
  gongkai_js_lasting_set: function (key, value) {
    try {
      window.localStorage.setItem('gongkai.' + UTF8ToString(key), UTF8ToString(value));
    } catch (e) { /* see gongkai_js_lasting_get */ }
  },

  // A visually hidden list for screen readers; text only (textContent), never markup.
  gongkai_js_set_accessible_list: function (json) {
    var o = JSON.parse(UTF8ToString(json));
    var id = 'a11y-' + o.id;
    var section = document.getElementById(id);
    if (!section) {
      section = document.createElement('section');
      section.id = id;
      section.className = 'sr-only';
      var h = document.createElement('h2');
      h.id = id + '-caption';
      section.setAttribute('aria-labelledby', h.id);
      section.appendChild(h);
      section.appendChild(document.createElement('ul'));
      document.body.appendChild(section);
    }
    section.querySelector('h2').textContent = o.caption;
    var ul = section.querySelector('ul');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    o.items.forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      ul.appendChild(li);
    });
  },

  // ---- charts (issue 5) ----------------------------------------------------------------
  // The current chart's data as a visually hidden <table> with a <caption> (screen readers
  // read it; the canvas they cannot). Cells are set as textContent only: report text is
  // never interpreted as HTML.
  gongkai_js_set_accessible_table: function (json) {
    var o = JSON.parse(UTF8ToString(json));
    var id = 'a11y-' + o.id;
    var table = document.getElementById(id);
    if (!table) {
      // A table grows to fit its cells whatever its CSS width: the 1-pixel clip goes on a wrapper.
      var box = document.createElement('div');
      box.className = 'sr-only';
      table = document.createElement('table');
      table.id = id;
      table.appendChild(document.createElement('caption'));
      table.appendChild(document.createElement('thead'));
      table.appendChild(document.createElement('tbody'));
      box.appendChild(table);
      document.body.appendChild(box);
    }
    table.querySelector('caption').textContent = o.caption;
    var fill = function (section, rows, header) {
      while (section.firstChild) section.removeChild(section.firstChild);
      rows.forEach(function (cells) {
        var tr = document.createElement('tr');
        cells.forEach(function (text, i) {
          // The first cell of a body row names the row (a row header for screen readers).
          var cell = document.createElement(header || i === 0 ? 'th' : 'td');
          if (header) cell.scope = 'col';
          else if (i === 0) cell.scope = 'row';
          cell.textContent = text;
          tr.appendChild(cell);
        });
        section.appendChild(tr);
      });
    };
    fill(table.querySelector('thead'), [o.header], true);
    fill(table.querySelector('tbody'), o.rows, false);
  },

  // Template tables: <table>s with spanning header cells in one visually hidden <section>.
  // Text only (textContent); a cell's JSON Pointer goes into data-pointer.
  gongkai_js_set_accessible_tables: function (json) {
    var o = JSON.parse(UTF8ToString(json));
    var id = 'a11y-' + o.id;
    var section = document.getElementById(id);
    if (!section) {
      section = document.createElement('section');
      section.id = id;
      section.className = 'sr-only';
      var h = document.createElement('h2');
      h.id = id + '-caption';
      section.setAttribute('aria-labelledby', h.id);
      section.appendChild(h);
      document.body.appendChild(section);
    }
    section.firstChild.textContent = o.caption;
    while (section.childNodes.length > 1) section.removeChild(section.lastChild);
    var paragraph = function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      section.appendChild(p);
    };
    if (o.note) paragraph(o.note);
    o.tables.forEach(function (t) {
      var table = document.createElement('table');
      if (t.id) table.id = id + '-' + t.id;
      var caption = document.createElement('caption');
      caption.textContent = t.caption;
      table.appendChild(caption);
      var fill = function (tag, rows, header) {
        var part = document.createElement(tag);
        rows.forEach(function (cells) {
          var tr = document.createElement('tr');
          cells.forEach(function (c, i) {
            var cell = document.createElement(header || i === 0 ? 'th' : 'td');
            if (header) cell.scope = c.colspan > 1 ? 'colgroup' : 'col';
            else if (i === 0) cell.scope = 'row';
            if (c.colspan > 1) cell.colSpan = c.colspan;
            if (c.rowspan > 1) cell.rowSpan = c.rowspan;
            if (c.pointer) cell.setAttribute('data-pointer', c.pointer);
            cell.textContent = c.text;
            tr.appendChild(cell);
          });
          part.appendChild(tr);
        });
        table.appendChild(part);
      };
      fill('thead', t.head, true);
      fill('tbody', t.body, false);
      section.appendChild(table);
      if (t.note) paragraph(t.note);
    });
  },

  // A chart as PNG: the SVG (drawn by the core from the chart's data) is rasterised by the
  // browser on an offscreen canvas (Module.gongkaiSvgToPng, web/gongkai-api.js), then saved.
  gongkai_js_download_svg_as_png: function (name, svg, size) {
    var fileName = UTF8ToString(name);
    var text = new TextDecoder('utf-8').decode(HEAPU8.slice(svg, svg + size));
    Module.gongkaiSvgToPng(text).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      a.click();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    }, function (e) {
      console.warn('gongkai: the chart could not be drawn as PNG: ' + e.message);
    });
  },

  // Drops anywhere on the page load the files; a paste on the page feeds ImGui's fields.
  gongkai_js_install_page_handlers__deps: ['$gongkaiFiles'],
  gongkai_js_install_page_handlers: function () {
    var hasFiles = function (e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
    };
    window.addEventListener('dragover', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();  // allows the drop
      e.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('dropping');
    });
    window.addEventListener('dragleave', function (e) {
      if (e.relatedTarget === null) document.body.classList.remove('dropping');
    });
    window.addEventListener('drop', function (e) {
      document.body.classList.remove('dropping');
      if (!e.dataTransfer || !e.dataTransfer.files || e.dataTransfer.files.length === 0) return;
      e.preventDefault();  // the browser would otherwise open the file and leave the app
      Array.prototype.forEach.call(e.dataTransfer.files, gongkaiFiles.read);
    });
    // Ctrl+O: browsers open a file picker only inside the user's gesture, so the key
    // handler of web/gongkai-api.js calls this synchronously (the C++ frame runs too late).
    Module.gongkaiOpenFilePicker = function () { gongkaiFiles.openPicker(gongkaiFiles.accept, gongkaiFiles.multiple); };
    // Touch: one finger on the canvas goes to the app as a touch (src/app/touch_input.cpp
    // makes a drag scroll and a tap click), never as the mouse the browser would emulate.
    // Caught on the window before Emscripten's GLFW sees it on the canvas (it would press the
    // mouse at a stale position); not passive, so preventDefault stops the emulated mouse.
    var canvas = document.getElementById('canvas');
    var onTouch = function (e) {
      if (e.target !== canvas) return;
      e.preventDefault();
      e.stopPropagation();
      var phase = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 }[e.type];
      var t = e.changedTouches[0];
      if (!t) return;
      var r = canvas.getBoundingClientRect();
      Module._gongkai_platform_touch(phase, t.clientX - r.left, t.clientY - r.top, e.touches.length);
    };
    ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
      window.addEventListener(type, onTouch, { capture: true, passive: false });
    });
    document.addEventListener('paste', function (e) {
      // The text overlay and the paste box take their pastes themselves.
      if (e.target && (e.target.id === 'gongkai-text-overlay' || e.target.id === 'gongkai-paste-box')) return;
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (text) Module.gongkaiClipboard = text;
    });
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

  // The importer's two-byte GBK table, decoded by the browser (src/platform/web/gbk_table_web.cpp):
  // every pair lead 0x81..0xFE x trail 0x40..0x7E, 0x80..0xFE in that order, one UTF-16 unit
  // each, written to `out` (`entries` char16_t). The web build leaves the 47 KB generated table
  // out of the wasm. Returns 1, or 0 if this browser cannot decode GB18030.
  gongkai_js_gbk_table: function (out, entries) {
    var bytes = new Uint8Array(entries * 2);
    var k = 0;
    for (var lead = 0x81; lead <= 0xFE; lead++) {
      for (var trail = 0x40; trail <= 0xFE; trail++) {
        if (trail === 0x7F) continue;
        bytes[k++] = lead;
        bytes[k++] = trail;
      }
    }
    if (k !== bytes.length) return 0;
    var decoder;
    try {
      decoder = new TextDecoder('gb18030');
    } catch (e) {
      console.warn('gongkai: this browser cannot decode GB18030; GBK text will not import');
      return 0;
    }
    var text = decoder.decode(bytes);
    var units = new Uint16Array(entries);
    if (text.length === entries) {
      for (var i = 0; i < entries; i++) units[i] = text.charCodeAt(i);
    } else {
      // An unmapped pair decodes to U+FFFD plus its ASCII trail byte: decode pair by pair.
      for (var j = 0; j < entries; j++) {
        var one = decoder.decode(bytes.subarray(2 * j, 2 * j + 2));
        units[j] = one.length === 1 ? one.charCodeAt(0) : 0xFFFD;
      }
    }
    HEAPU16.set(units, out >> 1);
    return 1;
  },
});
