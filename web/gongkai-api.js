// gongkai-api.js — starts the app and defines window.gongkai, the automation API.
//
// Loaded before gongkai.js (Emscripten's output). It configures `Module`, fetches the
// UI font in parallel with the .wasm, and wraps the C functions of src/app/page_api.cpp.
// Every operation goes through the same C++ code as the UI; nothing here re-implements
// the core. Documented in docs/page-api.md.
(function () {
  'use strict';

  const FONT_URL = 'assets/fonts/gongkai-ui.ttf';   // relative: works under any sub-path
  const FORMATS = ['csv', 'json', 'collection', 'md'];
  const canvas = document.getElementById('canvas');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });  // keep a BOM if one is there

  let runtimeReady = false;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failure is reported on the console by whoever awaits it

  // Frames drawn so far, and who waits for the next one.
  let frameCount = 0;
  let frameWaiters = [];

  // ---- the font: a separate, cacheable file -------------------------------------
  const font = { status: 0, bytes: null };
  fetch(FONT_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then((buffer) => { font.bytes = new Uint8Array(buffer); font.status = 1; })
    .catch((e) => {
      font.status = -1;
      console.error(`gongkai: could not load the font ${FONT_URL} (${e.message}); Chinese text will show as boxes`);
    });

  // ---- memory helpers ---------------------------------------------------------------
  function withBytes(bytes, f) {
    const ptr = Module._malloc(bytes.length + 1);
    // HEAPU8 is re-created when memory grows: always read it after the allocation.
    Module.HEAPU8.set(bytes, ptr);
    Module.HEAPU8[ptr + bytes.length] = 0;
    try {
      return f(ptr, bytes.length);
    } finally {
      Module._free(ptr);
    }
  }
  const withString = (s, f) => withBytes(encoder.encode(String(s)), f);
  function resultBytes(ptr) {
    const size = Module._gongkai_api_result_size();
    return ptr ? Module.HEAPU8.slice(ptr, ptr + size) : new Uint8Array(0);
  }
  const resultJson = (ptr) => JSON.parse(decoder.decode(resultBytes(ptr)));
  function asBytes(data) {
    if (typeof data === 'string') return encoder.encode(data);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new TypeError('gongkai.load: the report must be a string, an ArrayBuffer or a Uint8Array');
  }
  function requireRuntime(what) {
    if (!runtimeReady) throw new Error(`gongkai.${what}: the app is still starting; await gongkai.ready first`);
  }
  function checkFormat(format) {
    if (!FORMATS.includes(format)) {
      throw new Error(`gongkai: unknown export format "${format}" (formats: ${FORMATS.join(', ')})`);
    }
  }

  // ---- Emscripten's Module ------------------------------------------------------------
  window.Module = {
    canvas,
    gongkaiFont: font,
    gongkaiHooks: {
      ready() {
        const loading = document.getElementById('loading');
        if (loading) loading.remove();
        // Outside the wasm call that reported it: state() calls back into the wasm.
        queueMicrotask(() => resolveReady(api.state()));
      },
      frame(n) {
        frameCount = n;
        const waiters = frameWaiters;
        frameWaiters = [];
        for (const w of waiters) w(n);
      },
    },
    // A file chosen in the picker (web/gongkai-glue.js) goes to the platform layer.
    gongkaiDeliverFile(request, name, bytes) {
      withString(name, (namePtr) => withBytes(bytes, (dataPtr, size) => {
        Module._gongkai_platform_file_picked(request, namePtr, dataPtr, size);
      }));
    },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onRuntimeInitialized() { runtimeReady = true; },
    onAbort(what) {
      const loading = document.getElementById('loading');
      if (loading) { loading.textContent = '出错了，请刷新页面。Something went wrong: please reload.'; loading.className = 'failed'; }
      rejectReady(new Error(`gongkai: the app stopped (${what})`));
    },
  };

  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  // Keyboard input goes to the canvas once it was clicked (tabindex="-1" makes it focusable).
  canvas.addEventListener('pointerdown', () => canvas.focus());

  // ---- window.gongkai ------------------------------------------------------------------
  const api = {
    /** Resolves (to the state) after the first frame is drawn with the bundled report loaded. */
    ready,

    /** The export formats exportData() and download() accept. */
    formats: FORMATS.slice(),

    /** A plain object: {ready, reports, view, errors}. See docs/page-api.md. */
    state() {
      if (!runtimeReady) return { ready: false, reports: [], view: null, errors: [] };
      return resultJson(Module._gongkai_api_state());
    },

    /** Loads a report (or collection) given as text or bytes; resolves to {ok, errors, reports}. */
    async load(name, text) {
      await ready;
      const bytes = asBytes(text);
      return withString(name, (namePtr) =>
        withBytes(bytes, (dataPtr, size) => resultJson(Module._gongkai_api_load(namePtr, dataPtr, size))));
    },

    /** Exactly the bytes a download of `format` holds, as a Uint8Array (the CSV starts with a UTF-8 BOM). */
    exportData(format) {
      requireRuntime('exportData');
      checkFormat(format);
      const ptr = withString(format, (p) => Module._gongkai_api_export(p));
      if (!ptr) throw new Error(`gongkai.exportData: nothing to export (no report loaded)`);
      return resultBytes(ptr);
    },

    /** The same bytes decoded as UTF-8 text (a BOM stays as U+FEFF). */
    exportText(format) {
      return decoder.decode(api.exportData(format));
    },

    /** The file name a download of `format` gets, e.g. "阜新市-2017-figures.csv". */
    exportFileName(format) {
      requireRuntime('exportFileName');
      checkFormat(format);
      return decoder.decode(resultBytes(withString(format, (p) => Module._gongkai_api_export_file_name(p))));
    },

    /** Starts a real browser download of `format`, as the File menu does. Returns false if there is nothing to export. */
    download(format) {
      requireRuntime('download');
      checkFormat(format);
      return withString(format, (p) => Module._gongkai_api_download(p)) === 1;
    },

    /** Changes the view: {tab: 'figures'|'chart'|'audit'|'errors', report: id, language: 'zh'|'en'}. */
    async setView(view) {
      await ready;
      const out = withString(JSON.stringify(view ?? {}), (p) => resultJson(Module._gongkai_api_set_view(p)));
      if (!out.ok) throw new Error(`gongkai.setView: ${out.error}`);
      await api.debug.nextFrame();
      return out.state;
    },

    /** Helpers for tests: where things are on the canvas, and frame synchronisation. */
    debug: {
      /** {key: {x, y, w, h}} in CSS pixels from the canvas' top-left, for items drawn in the last frame. */
      itemRects() {
        requireRuntime('debug.itemRects');
        return resultJson(Module._gongkai_api_item_rects());
      },
      /** One item's rectangle, or null when it was not drawn in the last frame. */
      itemRect(key) {
        return api.debug.itemRects()[key] ?? null;
      },
      /** Frames drawn so far (the app sleeps while nothing changes). */
      frame: () => frameCount,
      /** Resolves after the next frame is drawn (and asks for one). */
      nextFrame() {
        requireRuntime('debug.nextFrame');
        const p = new Promise((resolve) => frameWaiters.push(resolve));
        Module._gongkai_api_request_redraw();
        return p;
      },
    },
  };
  window.gongkai = api;
})();
