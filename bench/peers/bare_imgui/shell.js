// shell.js — Emscripten's Module for the bare ImGui peer (no inline script: same CSP as Gongkai).
window.Module = { canvas: document.getElementById('canvas') };
