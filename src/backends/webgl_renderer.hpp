// webgl_renderer.hpp — Dear ImGui's renderer for the page: draws ImDrawData with WebGL 2 and
// keeps ImGui's textures (the font atlas) on the GPU.
//
// Why not ImGui's imgui_impl_opengl3: that backend saves and restores the GL state around
// every frame with about twenty glGetIntegerv / glIsEnabled calls, so it can live inside
// someone else's engine. In a browser several of those are not answered locally: each one
// makes the page wait until the GPU process has finished everything queued before it,
// including the compositor's frames. In headless Chromium a single frame of the app sat
// 0.3–0.7 s in those waits. The page owns its WebGL context, so nothing needs restoring:
// this renderer sets the state it needs and never reads anything back while drawing.
//
// Features:
//   [X] Renderer: ImGui 1.92 textures (ImGuiBackendFlags_RendererHasTextures): the dynamic
//       font atlas is created and updated here, a changed rectangle at a time.
//   [X] Renderer: large meshes (ImGuiBackendFlags_RendererHasVtxOffset); 16- or 32-bit indices.
//   [X] Renderer: clipping rectangles (scissor), in drawing-buffer pixels
//       (ImDrawData::FramebufferScale carries devicePixelRatio).
//   [X] Renderer: draw callbacks, and ImDrawCallback_ResetRenderState.
// Limits:
//   [ ] WebGL 2 only (no WebGL 1 fallback); one context, owned by the page, never lost/restored.
//   [ ] RGBA32 textures only (ImTextureFormat_Alpha8 is not uploaded).
//   [ ] The renderer's own shaders and buffers are never freed (they live as long as the page).
#pragma once

struct ImDrawData;

namespace gongkai::webgl {

// Compiles the shaders and creates the buffers, and tells ImGui what this renderer supports.
// Call once, with the WebGL 2 context current and ImGui's context created. Nothing is freed:
// the context and its objects live as long as the page.
void init();

// Uploads the textures ImGui created or changed, then draws.
void render(const ImDrawData& draw_data);

// Reads whether the shaders linked, the first time it is called, and prints their logs if not
// (then nothing more is drawn). It is a round trip to the GPU process: call it while the page
// is idle, not on the way to the first frame (on the first frame it cost about 40 ms).
void check_shaders_once();

}  // namespace gongkai::webgl
