// webgl_renderer.cpp — see webgl_renderer.hpp for why the page has its own ImGui renderer.
//
// The rule here: no call that reads from the GPU (glGet*, glIsEnabled, glGetUniformLocation,
// compile status) on the drawing path. Such a call is a round trip to the GPU process, which
// first finishes all the work queued before it. The one read (the link status, for an
// error message) happens once, when the page is idle (check_shaders_once).
#include "backends/webgl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "imgui.h"

namespace gongkai::webgl {
namespace {

// Vertex attribute locations, fixed in the shader (no glGetAttribLocation).
constexpr GLuint kPosition = 0, kUV = 1, kColor = 2;
// The projection is a constant vertex attribute (glVertexAttrib4f) rather than a uniform:
// a uniform needs glGetUniformLocation, a round trip, and this is one vec4 per frame.
constexpr GLuint kProjection = 3;

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
layout (location = 3) in vec4 Projection;  // scale.xy, offset.zw: display -> clip space
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = vec4(Position * Projection.xy + Projection.zw, 0.0, 1.0);
}
)";

// The sampler is left at its default, texture unit 0 (setting it needs a uniform location).
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
    Out_Color = Frag_Color * texture(Texture, Frag_UV);
}
)";

constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

struct Renderer {
    GLuint program = 0, vertex_shader = 0, fragment_shader = 0;
    GLuint vertex_array = 0, vertex_buffer = 0, index_buffer = 0;
    bool checked = false;   // link status read (check_shaders_once)
    bool usable = true;     // false when the shaders failed: nothing is drawn
};
Renderer g;

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

void print_log(const char* what, GLuint object, bool is_program) {
    GLint length = 0;
    if (is_program) glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    else glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    if (length <= 1) return;
    std::string log(static_cast<std::size_t>(length), '\0');
    if (is_program) glGetProgramInfoLog(object, length, nullptr, log.data());
    else glGetShaderInfoLog(object, length, nullptr, log.data());
    std::fprintf(stderr, "gongkai: %s: %s\n", what, log.c_str());
}

// Points the vertex attributes at one draw list's vertices, `first_vertex` into the buffer.
void point_attributes(std::size_t first_vertex) {
    const auto at = [first_vertex](std::size_t member) {
        return reinterpret_cast<const void*>(first_vertex * sizeof(ImDrawVert) + member);
    };
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUV, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(ImDrawVert, col)));
}

// All the state a frame needs, set every frame (and again when a draw callback asks for it).
void set_render_state(const ImDrawData& d, int fb_width, int fb_height) {
    glViewport(0, 0, fb_width, fb_height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(g.program);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertex_buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.index_buffer);
    // Orthographic projection of the display rectangle, y down.
    const float left = d.DisplayPos.x, right = d.DisplayPos.x + d.DisplaySize.x;
    const float top = d.DisplayPos.y, bottom = d.DisplayPos.y + d.DisplaySize.y;
    glVertexAttrib4f(kProjection, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                     (top + bottom) / (bottom - top));
}

void destroy_texture(ImTextureData& tex) {
    const auto id = static_cast<GLuint>(tex.TexID);
    glDeleteTextures(1, &id);
    tex.SetTexID(ImTextureID_Invalid);
    tex.SetStatus(ImTextureStatus_Destroyed);
}

void update_texture(ImTextureData& tex) {
    if (tex.Status == ImTextureStatus_WantCreate) {
        IM_ASSERT(tex.Format == ImTextureFormat_RGBA32);
        GLuint id = 0;
        glGenTextures(1, &id);
        glBindTexture(GL_TEXTURE_2D, id);
        // Bilinear: ImGui's anti-aliased lines sample the atlas between texels.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, tex.Width, tex.Height, 0, GL_RGBA, GL_UNSIGNED_BYTE, tex.GetPixels());
        tex.SetTexID(static_cast<ImTextureID>(id));
        tex.SetStatus(ImTextureStatus_OK);
    } else if (tex.Status == ImTextureStatus_WantUpdates) {
        // Only regions never drawn from before change, so no stall on the texture in use.
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(tex.TexID));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, tex.Width);
        for (const ImTextureRect& r : tex.Updates)
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, tex.GetPixelsAt(r.x, r.y));
        glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        tex.SetStatus(ImTextureStatus_OK);
    } else if (tex.Status == ImTextureStatus_WantDestroy && tex.UnusedFrames > 0) {
        destroy_texture(tex);
    }
}

// Copies every draw list's vertices and indices into the two buffers, one after another.
void upload_geometry(const ImDrawData& d) {
    const auto vertex_bytes = static_cast<GLsizeiptr>(d.TotalVtxCount) * static_cast<GLsizeiptr>(sizeof(ImDrawVert));
    const auto index_bytes = static_cast<GLsizeiptr>(d.TotalIdxCount) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx));
    // A new store each frame ("orphaning"): the GPU may still be drawing last frame's.
    glBufferData(GL_ARRAY_BUFFER, vertex_bytes, nullptr, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, index_bytes, nullptr, GL_STREAM_DRAW);
    GLintptr vertex_at = 0, index_at = 0;
    for (const ImDrawList* list : d.CmdLists) {
        const auto vb = static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert));
        const auto ib = static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx));
        glBufferSubData(GL_ARRAY_BUFFER, vertex_at, vb, list->VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, index_at, ib, list->IdxBuffer.Data);
        vertex_at += vb;
        index_at += ib;
    }
}

}  // namespace

void init() {
    g = Renderer{};
    g.vertex_shader = compile(GL_VERTEX_SHADER, kVertexShader);
    g.fragment_shader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g.program = glCreateProgram();
    glAttachShader(g.program, g.vertex_shader);
    glAttachShader(g.program, g.fragment_shader);
    glLinkProgram(g.program);
    glGenVertexArrays(1, &g.vertex_array);
    glGenBuffers(1, &g.vertex_buffer);
    glGenBuffers(1, &g.index_buffer);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertex_buffer);
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUV);
    glEnableVertexAttribArray(kColor);
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "gongkai_webgl2";
    // Textures: ImGui 1.92's dynamic atlas. Vertex offsets: a draw list may pass 65,536
    // vertices with 16-bit indices (a chart or table with many items).
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
    GLint max_texture = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);   // a context limit, known without a round trip
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Renderer_TextureMaxWidth = pio.Renderer_TextureMaxHeight = max_texture;
}

void check_shaders_once() {
    if (g.checked || g.program == 0) return;
    g.checked = true;
    GLint linked = GL_FALSE;
    glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
    if (linked == GL_TRUE) return;
    g.usable = false;
    std::fprintf(stderr, "gongkai: the WebGL 2 shaders did not link; nothing can be drawn\n");
    print_log("vertex shader", g.vertex_shader, false);
    print_log("fragment shader", g.fragment_shader, false);
    print_log("program", g.program, true);
}

void render(const ImDrawData& d) {
    const int fb_width = static_cast<int>(d.DisplaySize.x * d.FramebufferScale.x);
    const int fb_height = static_cast<int>(d.DisplaySize.y * d.FramebufferScale.y);
    if (fb_width <= 0 || fb_height <= 0) return;

    if (d.Textures != nullptr)
        for (ImTextureData* tex : *d.Textures)
            if (tex->Status != ImTextureStatus_OK) update_texture(*tex);
    if (!g.usable || d.TotalVtxCount == 0) return;

    set_render_state(d, fb_width, fb_height);
    upload_geometry(d);

    const ImVec2 clip_off = d.DisplayPos, clip_scale = d.FramebufferScale;
    std::size_t list_vertex = 0, list_index = 0;   // where the current list starts in the buffers
    GLuint bound_texture = 0;
    for (const ImDrawList* list : d.CmdLists) {
        unsigned int pointed_offset = 0;   // the VtxOffset the attributes point at
        point_attributes(list_vertex);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback != nullptr) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    set_render_state(d, fb_width, fb_height);
                    point_attributes(list_vertex + pointed_offset);
                    bound_texture = 0;
                } else {
                    cmd.UserCallback(list, &cmd);
                }
                continue;
            }
            // The clip rectangle in framebuffer pixels; GL's y axis points up.
            const float x0 = (cmd.ClipRect.x - clip_off.x) * clip_scale.x, y0 = (cmd.ClipRect.y - clip_off.y) * clip_scale.y;
            const float x1 = (cmd.ClipRect.z - clip_off.x) * clip_scale.x, y1 = (cmd.ClipRect.w - clip_off.y) * clip_scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<int>(x0), static_cast<int>(static_cast<float>(fb_height) - y1), static_cast<int>(x1 - x0),
                      static_cast<int>(y1 - y0));
            if (cmd.VtxOffset != pointed_offset) {
                pointed_offset = cmd.VtxOffset;
                point_attributes(list_vertex + pointed_offset);
            }
            const auto texture = static_cast<GLuint>(cmd.GetTexID());
            if (texture != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound_texture = texture;
            }
            const std::size_t first_index = list_index + cmd.IdxOffset;
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                           reinterpret_cast<const void*>(first_index * sizeof(ImDrawIdx)));
        }
        list_vertex += static_cast<std::size_t>(list->VtxBuffer.Size);
        list_index += static_cast<std::size_t>(list->IdxBuffer.Size);
    }
    // The caller clears the whole canvas before the next frame: no scissor then.
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace gongkai::webgl
