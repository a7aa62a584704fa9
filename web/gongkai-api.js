// gongkai-api.js — starts the app and defines window.gongkai, the automation API.
//
// Loaded before gongkai.js (Emscripten's output). It configures `Module`, fetches the
// UI font file only when the app asks for it (the browser has no Chinese font), and wraps
// the C functions of src/app/page_api.cpp.
// Every operation goes through the same C++ code as the UI; nothing here re-implements
// the core. Documented in docs/page-api.md.
(function () {
  'use strict';

  const FONT_URL = 'assets/fonts/gongkai-ui.ttf';   // relative: works under any sub-path

  // ---- assets: content-hashed names, or embedded in the single-file page ----------------
  // scripts/package-web.mjs renames files to content-hashed names (gongkai.<hash>.wasm) and
  // lists those the JavaScript fetches in <meta name="gongkai-assets" content="plain=hashed;...">.
  // In gongkai-offline.html they are base64 data blocks instead (<script type=
  // "application/octet-stream" data-gongkai-asset="plain">), so nothing is fetched from file://.
  const assetNames = new Map();
  for (const meta of document.querySelectorAll('meta[name="gongkai-assets"]')) {
    for (const pair of meta.content.split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) assetNames.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  const assetUrl = (name) => assetNames.get(name) ?? name;
  function embeddedAsset(name) {
    for (const block of document.querySelectorAll('script[type="application/octet-stream"][data-gongkai-asset]')) {
      if (block.dataset.gongkaiAsset !== name) continue;
      const text = atob(block.textContent.trim());
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      return bytes;
    }
    return null;
  }
  /** The bytes of an asset: embedded in this page, else fetched by its (hashed) name. */
  function loadAsset(name) {
    const embedded = embeddedAsset(name);
    if (embedded) return Promise.resolve(embedded);
    return fetch(assetUrl(name)).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.arrayBuffer();
    }).then((buffer) => new Uint8Array(buffer));
  }
  const FORMATS = ['csv', 'csv_view', 'json', 'collection', 'md', 'html', 'svg', 'png', 'chart_csv', 'scores_csv', 'scores_json'];

  // ---- charts (issue 5): the chart as PNG, from the same SVG the core writes --------------
  // Not a screenshot of the WebGL canvas: the SVG (drawn from the chart's data) is decoded as
  // an image and drawn on an offscreen canvas at twice its size, then encoded by toBlob().
  const PNG_SCALE = 2;
  function svgToPng(svgText) {
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
      const img = new Image();
      img.onload = () => {
        try {
          const c = document.createElement('canvas');
          c.width = Math.max(1, Math.round(img.naturalWidth * PNG_SCALE));
          c.height = Math.max(1, Math.round(img.naturalHeight * PNG_SCALE));
          c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
          URL.revokeObjectURL(url);
          c.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
        } catch (e) {
          URL.revokeObjectURL(url);
          reject(e);
        }
      };
      img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the chart SVG could not be decoded')); };
      img.src = url;
    });
  }
  const canvas = document.getElementById('canvas');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });  // keep a BOM if one is there

  let runtimeReady = false;
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failure is reported on the console by whoever awaits it
  let resolveFirstFrame;   // the second frame drawn (gongkai.debug.firstFrame)
  const firstFrame = new Promise((resolve) => { resolveFirstFrame = resolve; });

  // Frames drawn so far, and who waits for the next one.
  let frameCount = 0;
  let frameWaiters = [];

  // ---- the font: drawn by the browser, or a separate, cacheable file ------------------
  // The app draws text with the system's Chinese fonts (web/gongkai-font.js); only when the
  // browser has none does it ask for the font file (a subset, 666 KB gzip), through here.
  const font = { status: 0, bytes: null, requested: false };
  function requestFont() {
    if (font.requested) return;
    font.requested = true;
    loadAsset(FONT_URL)
      .then((bytes) => { font.bytes = bytes; font.status = 1; })
      .catch((e) => {
        font.status = -1;
        console.error(`gongkai: could not load the font ${FONT_URL} (${e.message}); Chinese text will show as boxes`);
      });
  }

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
  // Bytes handed over to the app under a handle: the loader reads them a chunk at a time where
  // they are (src/platform/handed_bytes.hpp), so a big collection is never copied whole into
  // wasm memory; the app lets go of them when it has read them.
  const handed = new Map();
  let nextHandle = 1;
  function handOver(bytes) {
    const handle = nextHandle++;
    handed.set(handle, bytes);
    return handle;
  }
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
  // gzip (magic bytes 1F 8B): big collections travel as .json.gz; DecompressionStream reads them.
  const isGzip = (b) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
  async function gunzip(bytes) {
    if (typeof DecompressionStream === 'undefined') {
      throw new Error('gongkai.load: this browser cannot decompress gzip (no DecompressionStream)');
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  function requireRuntime(what) {
    if (!runtimeReady) throw new Error(`gongkai.${what}: the app is still starting; await gongkai.ready first`);
  }
  function checkFormat(format) {
    if (!FORMATS.includes(format)) {
      throw new Error(`gongkai: unknown export format "${format}" (formats: ${FORMATS.join(', ')})`);
    }
  }

  // ---- the rest of the code: gongkai.deferred.wasm ------------------------------------------
  // The build splits the module (scripts/split-wasm.mjs): gongkai.wasm holds what the first view
  // runs, gongkai.deferred.wasm the rest (importer, exports, other views...). The rest is fetched
  // and compiled in the background once the first frame is up. A moved function called before
  // that (a click within a moment of the first frame) loads it at once: Emscripten's placeholder
  // calls Module.loadSplitModule, which must finish before it returns.
  // ?deferred=lazy leaves out the background load (tests of the on-demand path).
  const DEFERRED = 'gongkai.deferred.wasm';
  let deferredInstance = null;
  let deferredBytes = null;   // fetched ahead, not yet compiled
  let resolveCodeLoaded;
  const codeLoaded = new Promise((resolve) => { resolveCodeLoaded = resolve; });
  function instantiateDeferred(module) {
    if (!deferredInstance) {
      // Its element segment fills the table slots of the placeholders: no placeholder runs again.
      deferredInstance = new WebAssembly.Instance(module, { primary: Module.asm });
      // The key figures and the mirrors wait for this code (platform::all_code_loaded): draw again.
      Module.gongkaiCodeLoaded = true;
      setTimeout(() => Module._gongkai_api_request_redraw?.(), 0);
      resolveCodeLoaded();
    }
    return deferredInstance;
  }
  function deferredBytesNow() {
    const have = deferredBytes ?? embeddedAsset(DEFERRED);
    if (have) return have;
    // Synchronous: a wasm function is waiting for its callee.
    const xhr = new XMLHttpRequest();
    xhr.open('GET', assetUrl(DEFERRED), false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');   // bytes as characters 0-255
    xhr.send();
    if (xhr.status !== 200) throw new Error(`gongkai: ${DEFERRED} could not be loaded (HTTP ${xhr.status})`);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
  }
  async function loadDeferredCode() {
    try {
      deferredBytes = await loadAsset(DEFERRED);
      const module = await WebAssembly.compile(deferredBytes);
      instantiateDeferred(module);
      deferredBytes = null;
    } catch (e) {
      console.warn(`gongkai: ${DEFERRED} was not loaded ahead (${e.message}); it loads when first needed`);
    }
  }
  if (new URLSearchParams(location.search).get('deferred') !== 'lazy') {
    ready.then(() => setTimeout(loadDeferredCode, 0), () => {});
  }

  // ---- PDF (docs/import-pdf.md): pdf.js loads when the first PDF arrives ------------------
  // Served: three modules under pdf/ (hashed names in asset-manifest.json), imported from this
  // origin. Single file: their text gzip-compressed in data blocks, run as inline module scripts
  // the CSP lists by hash. pdf.js' worker code runs in this thread (its fake worker): a Worker
  // cannot start from file://, and one code path serves both.
  const PDF_MODULES = ['pdf/pdf.min.mjs', 'pdf/pdf.worker.min.mjs', 'pdf/pdf-extract.mjs'];
  let pdfReady = null;
  async function runPdfModule(name, hashed) {
    const block = document.querySelector(`script[type="text/x-gongkai-module"][data-gongkai-asset="${name}"]`);
    if (!block) return import(new URL(hashed[name] ?? name, document.baseURI).href);
    const gz = Uint8Array.from(atob(block.textContent.trim()), (c) => c.charCodeAt(0));
    const text = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    return new Promise((resolve, reject) => {
      (window.gongkaiModuleRan ??= {})[name] = resolve;
      const script = document.createElement('script');
      script.type = 'module';
      script.textContent = text;      // ends by calling gongkaiModuleRan[name] (scripts/package-web.mjs)
      script.onerror = () => reject(new Error(`${name} did not run`));
      document.head.appendChild(script);
    });
  }
  function loadPdf() {
    pdfReady ??= (async () => {
      const single = document.querySelector('script[type="text/x-gongkai-module"]');
      const hashed = single ? {} : await fetch('asset-manifest.json').then((r) => (r.ok ? r.json() : {}), () => ({}));
      for (const name of PDF_MODULES) await runPdfModule(name, hashed);
      return { lib: window.pdfjsLib, extract: window.gongkaiPdfExtract };
    })();
    pdfReady.catch(() => { pdfReady = null; });   // a failed load is tried again with the next PDF
    return pdfReady;
  }
  /** A PDF's bytes -> the extraction JSON (UTF-8 bytes) the core imports (src/core/import_pdf.hpp). */
  async function readPdf(bytes) {
    let out;
    try {
      const { lib, extract } = await loadPdf();
      out = await extract(lib, bytes, { loadCMap: (file) => loadAsset(`pdf/cmaps/${file}`) });
    } catch (e) {
      out = { gongkai_pdf: 1, error: 'unreadable', args: { what: String(e && e.message || e).slice(0, 200) } };
    }
    return new TextEncoder().encode(JSON.stringify(out));
  }

  // ---- Emscripten's Module ------------------------------------------------------------
  window.Module = {
    canvas,
    // gongkai.js asks for "gongkai.wasm": give it the content-hashed name.
    locateFile: (path, prefix) => prefix + assetUrl(path),
    // gongkai-offline.html carries the wasm itself: nothing to fetch (works from file://).
    wasmBinary: embeddedAsset('gongkai.wasm') ?? undefined,
    loadSplitModule: () => [deferredInstance ?? instantiateDeferred(new WebAssembly.Module(deferredBytesNow())), null],
    gongkaiFont: font,
    gongkaiRequestFont: requestFont,
    gongkaiHanded: handed,        // handed-over bytes by handle (gongkai_js_handed_*)
    gongkaiHandOver: handOver,
    gongkaiSvgToPng: svgToPng,   // charts: used by gongkai_js_download_svg_as_png
    gongkaiReadPdf: readPdf,     // files: a PDF becomes its text before the app sees it
    gongkaiHooks: {
      ready() {
        const loading = document.getElementById('loading');
        if (loading) loading.remove();
        // Outside the wasm call that reported it: state() calls back into the wasm.
        queueMicrotask(() => resolveReady(api.state()));
      },
      frame(n) {
        frameCount = n;
        // The second frame: the bundled report drawn and laid out (the first lays out).
        if (n === 2) resolveFirstFrame(performance.now());
        const waiters = frameWaiters;
        frameWaiters = [];
        for (const w of waiters) w(n);
      },
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

  // ---- keys: the text overlay and the app's shortcuts ------------------------------------
  // Emscripten's GLFW listens to keys on window (capture phase) and cancels Backspace and Tab.
  // Keys typed into the text overlay (the <input> laid over an ImGui field while typing, see
  // web/gongkai-glue.js) must reach only that input, so this listener, registered before
  // gongkai.js runs, stops them first. It also keeps the browser's own Ctrl+O/E/F/A (open
  // page, search bar, select page) from stealing the app's shortcuts.
  const APP_SHORTCUTS = new Set(['o', 'e', 'f', 'a']);
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      // Ctrl+O opens the picker wherever the focus is, the text overlay included.
      if (type === 'keydown' && (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        e.stopImmediatePropagation();
        // A file picker opens only inside the key's own event (user activation): not from a later frame.
        if (!e.repeat && Module.gongkaiOpenFilePicker) Module.gongkaiOpenFilePicker();
        return;
      }
      if (e.target && e.target.id === 'gongkai-text-overlay') {
        e.stopImmediatePropagation();
        if (type === 'keydown' && Module.gongkaiOverlayKeydown) Module.gongkaiOverlayKeydown(e);
        return;
      }
      // The paste box (a <textarea>, web/gongkai-glue.js) takes its keys itself: typing,
      // Backspace and Ctrl+V work there as in any text box, and the app does not see them.
      if (e.target && e.target.id === 'gongkai-paste-box') {
        e.stopImmediatePropagation();
        return;
      }
      if (type === 'keydown' && (e.ctrlKey || e.metaKey) && !e.altKey && APP_SHORTCUTS.has(e.key.toLowerCase())) {
        e.preventDefault();
      }
    }, true);
  }
  // Keyboard input goes to the canvas once it was clicked (tabindex="-1" makes it focusable).
  canvas.addEventListener('pointerdown', () => canvas.focus());

  // review (issue 4): one call into the open import review; throws when it refuses.
  async function reviewAction(request) {
    await ready;
    const out = withString(JSON.stringify(request), (p) => resultJson(Module._gongkai_api_review(p)));
    if (out.error) throw new Error(`gongkai.review.${request.action}: ${out.error}`);
    await api.debug.nextFrame();
    return out;
  }

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
      let bytes = asBytes(text);
      if (isGzip(bytes)) {  // a .json.gz, decompressed by the browser
        try {
          bytes = await gunzip(bytes);
        } catch (e) {  // bad input never throws: a located error, like the loader's
          return { ok: false, reports: [], errors: [{ file: String(name), line: 0, column: 0, pointer: '',
            severity: 'error', message: `could not decompress the gzip file: ${e.message}` }] };
        }
      }
      return withString(name, (namePtr) => resultJson(Module._gongkai_api_load(namePtr, handOver(bytes))));
    },

    /** Exactly the bytes a download of `format` holds, as a Uint8Array (the CSV starts with a UTF-8 BOM). */
    exportData(format) {
      requireRuntime('exportData');
      checkFormat(format);
      const ptr = withString(format, (p) => Module._gongkai_api_export(p));
      if (!ptr) throw new Error(`gongkai.exportData: nothing to export (no report loaded)`);
      // 'png' is drawn by the browser from the chart's SVG: asynchronous, a Promise<Uint8Array>.
      if (format === 'png') {
        return svgToPng(decoder.decode(resultBytes(ptr)))
          .then((blob) => blob.arrayBuffer())
          .then((buffer) => new Uint8Array(buffer));
      }
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

    /** The current chart's data (what is drawn and exported): {kind, title, series, rows: [{label, values, unit, quotes}]}. */
    chartData() {
      requireRuntime('chartData');
      return resultJson(Module._gongkai_api_chart_data());
    },

    /**
     * review (issue 4): imports a report's text (string or bytes; UTF-8, GBK, HTML...) and opens
     * the import review screen with the result; resolves to {ok, figures, unsure, errors}.
     * Nothing joins the loaded reports until the review is kept (gongkai.review.keep()).
     */
    async importText(name, text) {
      await ready;
      const bytes = asBytes(text);
      const out = withString(name ?? 'pasted-text.txt', (namePtr) =>
        withBytes(bytes, (dataPtr, size) => resultJson(Module._gongkai_api_import_text(namePtr, dataPtr, size))));
      await api.debug.nextFrame();
      return out;
    },

    /** The open import review: state().view.review, and what its buttons do. See docs/page-api.md. */
    review: {
      /** state().view.review: {open, file, figures, unsure, selected, highlight, items, diagnostics, ...} or null. */
      state: () => api.state().view?.review ?? null,
      /** Keeps the reviewed report (validated like gongkai.load); resolves to {ok, errors, reports}. */
      keep: () => reviewAction({ action: 'keep' }).then((out) => out.load),
      /** Closes the review; nothing is loaded. */
      discard: () => reviewAction({ action: 'discard' }).then(() => undefined),
      /** Selects a figure of the review by id (its quote is highlighted in the text). */
      select: (figure) => reviewAction({ action: 'select', figure }).then(() => undefined),
      /** Drops (or restores) a figure by id. */
      drop: (figure, dropped = true) =>
        reviewAction({ action: dropped ? 'drop' : 'restore', figure }).then(() => undefined),
    },

    /**
     * Removes a loaded report from the tab and from browser storage, as File → Remove does;
     * resolves to the state. Rejects when no loaded report has that id.
     */
    async unload(id) {
      await ready;
      const out = withString(String(id), (p) => resultJson(Module._gongkai_api_unload(p)));
      if (!out.ok) throw new Error(`gongkai.unload: ${out.error}`);
      await api.debug.nextFrame();
      return out.state;
    },

    /** Brings back the report removed last, in its place (the toast's Undo); resolves to the state. */
    async undoUnload() {
      await ready;
      const out = resultJson(Module._gongkai_api_undo_unload());
      if (!out.ok) throw new Error('gongkai.undoUnload: no removed report to bring back');
      await api.debug.nextFrame();
      return out.state;
    },

    /** Changes the view: {tab: 'figures'|'chart'|'audit'|'errors', report: id, language: 'zh'|'en'}. */
    async setView(view) {
      await ready;
      const out = withString(JSON.stringify(view ?? {}), (p) => resultJson(Module._gongkai_api_set_view(p)));
      if (!out.ok) throw new Error(`gongkai.setView: ${out.error}`);
      await api.debug.nextFrame();
      return out.state;
    },

    /**
     * The user's reports kept in browser storage (IndexedDB, web/storage.js): they are saved
     * whenever they change and come back after a reload. See docs/page-api.md.
     */
    storage: {
      /** Saves now; resolves to status() once the save is committed (or failed). */
      async save() {
        await ready;
        Module._gongkai_api_storage_save();
        await window.gongkaiStorage.idle();
        return api.storage.status();
      },
      /** Removes everything stored (also set-aside data); what is on screen stays until a reload. */
      async clear() {
        await ready;
        Module._gongkai_api_storage_clear();
        await window.gongkaiStorage.idle();
        return api.storage.status();
      },
      /** {available, saving, saves, stored: {bytes, savedAt, key} | null, quarantined, error}. */
      status: () => window.gongkaiStorage.status(),
      debug: {
        /** Test hook: every later save keeps its transaction open `ms` milliseconds before it commits. */
        holdSaves: (ms) => window.gongkaiStorage.debug.holdSaves(ms),
      },
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
      /** Resolves once the rest of the code (gongkai.deferred.wasm) is loaded. */
      codeLoaded,
      /**
       * Resolves to performance.now() when the second frame is drawn: the bundled report on
       * screen, laid out. gongkai.ready comes at that frame or later (it also waits for the
       * stored reports and the URL's view). Benchmarks time the first view by it.
       */
      firstFrame,
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
