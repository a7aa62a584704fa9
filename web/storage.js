// storage.js — keeps the user's reports in IndexedDB, so they come back after a reload.
//
// Loaded before gongkai-api.js; defines window.gongkaiStorage and starts reading at once
// (in parallel with the .wasm download). The app (src/app/session.cpp, through
// src/platform/web/session_web.cpp and web/session-glue.js) hands it one snapshot: the
// user's reports as a normalised "gongkai.collection" document, UTF-8 bytes.
//
// Database "gongkai", version 1:
//   snapshots  key: a save number (1, 2, ...)  value: {format, version, savedAt, length, crc32, data: ArrayBuffer}
//   meta       key: "current"                  value: {format, version, snapshot: save number}
//   quarantine key: auto                        value: {reason, quarantinedAt, key, record}
//
// Atomic saves: one readwrite transaction writes the new snapshot under a new key, then
// switches the "current" pointer to it and deletes older snapshots. IndexedDB commits a
// transaction whole or not at all, so a reload or crash before the commit leaves the previous
// snapshot and pointer exactly as they were.
// Integrity: every snapshot carries its length and CRC-32 and a format version. At start-up a
// snapshot that fails any check is moved to "quarantine" (kept, never loaded), the problem is
// reported to the app (errors panel), and the app starts without it.
(function () {
  'use strict';

  const DB_NAME = 'gongkai';
  const DB_VERSION = 1;
  const SNAPSHOT_FORMAT = 'gongkai.stored-reports';
  const POINTER_FORMAT = 'gongkai.stored-pointer';
  const FORMAT_VERSION = 1;
  const OPEN_TIMEOUT_MS = 5000;   // a blocked or hung open must not block the app

  // ---- CRC-32 (IEEE 802.3), so no secure context (crypto.subtle) is needed -----------------
  const CRC_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })();
  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  const requestPromise = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const transactionDone = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
    tx.onerror = () => {};   // onabort follows with the same error
  });
  const describe = (e) => (e && e.name ? (e.message ? `${e.name}: ${e.message}` : e.name) : String(e));

  // Why a stored snapshot cannot be trusted, or null when it can.
  function damage(record, pointer) {
    if (!record || typeof record !== 'object') return `the snapshot ${pointer} the pointer names is missing`;
    if (record.format !== SNAPSHOT_FORMAT) return `unknown format ${JSON.stringify(record.format)}`;
    if (record.version !== FORMAT_VERSION) return `format version ${record.version}, this app reads ${FORMAT_VERSION}`;
    if (!(record.data instanceof ArrayBuffer)) return 'its data is not bytes';
    if (record.data.byteLength !== record.length) return `${record.data.byteLength} bytes where ${record.length} were saved`;
    const crc = crc32(new Uint8Array(record.data));
    if (crc !== record.crc32) return `checksum mismatch (CRC-32 ${crc.toString(16)}, saved ${Number(record.crc32).toString(16)})`;
    return null;
  }

  function createStorage() {
    let db = null;
    let available = false;
    let saving = 0;              // saves in flight
    let saves = 0;               // saves committed since the page opened
    let stored = null;           // {bytes, savedAt, key} of the current snapshot, as far as we know
    let lastError = null;
    let queue = Promise.resolve();
    let holdMs = 0;              // test hook: keep each save's transaction open this long
    // {severity, code, detail, message} for the app's errors panel: the app words a known code
    // in the UI's language, `detail` (what the browser said) inside it; `message` is the English.
    const problems = [];
    const idleWaiters = [];

    const problem = (severity, code, message, detail = '') => {
      problems.push({ severity, code, detail, message });
      if (severity === 'error') lastError = message;
      // The app sleeps while nothing changes: wake it to show the problem.
      try { window.Module._gongkai_api_request_redraw(); } catch { /* not started yet: it reads problems on start */ }
    };

    // ---- open -------------------------------------------------------------------------------
    const opened = new Promise((resolve) => {
      let settled = false;
      const finish = (value) => { if (!settled) { settled = true; resolve(value); } };
      let req;
      try {
        if (!window.indexedDB) throw new Error('this browser has no IndexedDB');
        req = indexedDB.open(DB_NAME, DB_VERSION);
      } catch (e) {
        problem('warning', 'unavailable', `browser storage is not available (${describe(e)}): reports will not be kept after a reload`, describe(e));
        finish(null);
        return;
      }
      req.onupgradeneeded = () => {
        const d = req.result;
        if (!d.objectStoreNames.contains('snapshots')) d.createObjectStore('snapshots');
        if (!d.objectStoreNames.contains('meta')) d.createObjectStore('meta');
        if (!d.objectStoreNames.contains('quarantine')) d.createObjectStore('quarantine', { autoIncrement: true });
      };
      req.onsuccess = () => {
        const d = req.result;
        // Another tab opened a newer version: let it upgrade; this tab stops storing.
        d.onversionchange = () => { d.close(); available = false; };
        finish(d);
      };
      req.onerror = () => {
        problem('warning', 'open_failed', `browser storage could not be opened (${describe(req.error)}): reports will not be kept after a reload`,
          describe(req.error));
        finish(null);
      };
      req.onblocked = () => {};   // wait for the timeout below or for the other tab to close
      setTimeout(() => {
        if (!settled) problem('warning', 'no_answer', 'browser storage did not answer (another tab may be holding it): reports will not be kept after a reload');
        finish(null);
      }, OPEN_TIMEOUT_MS);
    }).then((d) => { db = d; available = !!d; return d; });

    // ---- read at start-up ----------------------------------------------------------------
    async function quarantine(key, record, pointer, reason) {
      const tx = db.transaction(['snapshots', 'meta', 'quarantine'], 'readwrite');
      tx.objectStore('quarantine').add({ reason, quarantinedAt: new Date().toISOString(), key, pointer, record });
      if (key !== undefined) tx.objectStore('snapshots').delete(key);
      tx.objectStore('meta').delete('current');
      await transactionDone(tx);
    }

    const initial = opened.then(async (d) => {
      if (!d) return { bytes: null };
      let pointer;
      let record;
      try {
        const tx = d.transaction(['snapshots', 'meta'], 'readonly');
        pointer = await requestPromise(tx.objectStore('meta').get('current'));
        if (pointer === undefined) return { bytes: null };
        if (!pointer || pointer.format !== POINTER_FORMAT || pointer.version !== FORMAT_VERSION ||
            typeof pointer.snapshot !== 'number') {
          record = undefined;
        } else {
          record = await requestPromise(tx.objectStore('snapshots').get(pointer.snapshot));
        }
      } catch (e) {
        problem('error', 'read_failed', `the stored reports could not be read (${describe(e)}); the app starts without them`, describe(e));
        return { bytes: null };
      }
      const why = pointer && pointer.format === POINTER_FORMAT && typeof pointer.snapshot === 'number'
        ? damage(record, pointer.snapshot)
        : `the pointer to the current snapshot is damaged (${JSON.stringify(pointer)})`;
      if (why) {
        const key = pointer && typeof pointer.snapshot === 'number' ? pointer.snapshot : undefined;
        try {
          await quarantine(key, record, pointer, why);
          problem('error', 'damaged', `the stored reports were damaged (${why}); they were set aside (quarantine) and not loaded`, why);
        } catch (e) {
          problem('error', 'damaged_not_set_aside',
            `the stored reports were damaged (${why}) and could not be set aside (${describe(e)}); they were not loaded`, `${why}; ${describe(e)}`);
        }
        return { bytes: null };
      }
      stored = { bytes: record.length, savedAt: record.savedAt, key: pointer.snapshot };
      return { bytes: new Uint8Array(record.data) };
    });

    // ---- save: new key + pointer switch in one transaction ----------------------------------
    async function saveNow(bytes) {
      const d = await opened;
      if (!d || !available) return { ok: false, error: 'browser storage is not available' };
      const data = bytes.slice().buffer;   // our own copy: the caller's memory may move
      const record = {
        format: SNAPSHOT_FORMAT, version: FORMAT_VERSION, savedAt: new Date().toISOString(),
        length: data.byteLength, crc32: crc32(new Uint8Array(data)), data,
      };
      let tx;
      try {
        tx = d.transaction(['snapshots', 'meta'], 'readwrite');
      } catch (e) {
        return failed(e);
      }
      const done = transactionDone(tx);
      const snapshots = tx.objectStore('snapshots');
      const meta = tx.objectStore('meta');
      let key = 0;
      const getPointer = meta.get('current');
      getPointer.onsuccess = () => {
        const p = getPointer.result;
        key = (p && typeof p.snapshot === 'number' ? p.snapshot : 0) + 1;
        snapshots.put(record, key);
        const until = performance.now() + holdMs;
        // Test hook (debug.holdSaves): keep the transaction busy with reads, the new
        // snapshot written but the pointer not yet switched, so a test can reload here.
        const switchPointer = () => {
          if (performance.now() < until) {
            meta.get('current').onsuccess = switchPointer;
            return;
          }
          meta.put({ format: POINTER_FORMAT, version: FORMAT_VERSION, snapshot: key }, 'current');
          snapshots.delete(IDBKeyRange.upperBound(key, true));
        };
        switchPointer();
      };
      try {
        await done;
      } catch (e) {
        return failed(e);
      }
      saves += 1;
      stored = { bytes: record.length, savedAt: record.savedAt, key };
      lastError = null;
      return { ok: true, key, bytes: record.length };
    }

    function failed(e) {
      const quota = e && (e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? ''));
      const message = quota
        ? `the reports could not be saved: the browser's storage quota for this page is full (${describe(e)}). The previous stored state is kept; free space or clear stored data.`
        : `the reports could not be saved (${describe(e)}); the previous stored state is kept`;
      problem('error', quota ? 'quota' : 'save_failed', message, describe(e));
      return { ok: false, error: message, quota };
    }

    function enqueue(task) {
      saving += 1;
      const run = queue.then(task).catch((e) => failed(e)).finally(() => {
        saving -= 1;
        if (saving === 0) idleWaiters.splice(0).forEach((w) => w());
      });
      queue = run.then(() => {}, () => {});
      return run;
    }

    // Only the newest snapshot matters: saves asked for while one runs collapse into one.
    let pendingBytes = null;
    let pendingRun = null;
    function save(bytes) {
      pendingBytes = bytes;
      if (!pendingRun) {
        pendingRun = enqueue(() => {
          const b = pendingBytes;
          pendingBytes = null;
          pendingRun = null;
          return saveNow(b);
        });
      }
      return pendingRun;
    }

    async function clear() {
      return enqueue(async () => {
        const d = await opened;
        if (!d) return { ok: false, error: 'browser storage is not available' };
        const tx = d.transaction(['snapshots', 'meta', 'quarantine'], 'readwrite');
        for (const name of ['snapshots', 'meta', 'quarantine']) tx.objectStore(name).clear();
        await transactionDone(tx);
        stored = null;
        return { ok: true };
      });
    }

    async function setAside(reason) {
      return enqueue(async () => {
        const d = await opened;
        if (!d) return { ok: false };
        const tx = d.transaction(['snapshots', 'meta', 'quarantine'], 'readwrite');
        const meta = tx.objectStore('meta').get('current');
        meta.onsuccess = () => {
          const p = meta.result;
          if (!p || typeof p.snapshot !== 'number') return;
          const get = tx.objectStore('snapshots').get(p.snapshot);
          get.onsuccess = () => {
            tx.objectStore('quarantine').add({ reason, quarantinedAt: new Date().toISOString(), key: p.snapshot, pointer: p, record: get.result });
          };
        };
        await transactionDone(tx);
        return { ok: true };
      });
    }

    async function status() {
      const d = await opened;
      let quarantined = 0;
      if (d) {
        try {
          // Its own store: never waits behind a save's transaction.
          quarantined = await requestPromise(d.transaction('quarantine', 'readonly').objectStore('quarantine').count());
        } catch { /* reported as 0 */ }
      }
      return { available, saving: saving > 0, saves, stored: stored && { ...stored }, quarantined, error: lastError };
    }

    const idle = () => (saving === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve)));

    return {
      initial,
      save,
      clear,
      setAside,
      status,
      idle,
      takeProblem: () => problems.shift() ?? null,
      debug: {
        /** Keeps every later save's transaction open `ms` milliseconds before it switches the pointer. */
        holdSaves(ms) { holdMs = Math.max(0, Number(ms) || 0); },
      },
    };
  }

  window.gongkaiStorage = createStorage();
})();
