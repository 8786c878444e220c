import { NodeProgram, type ProgramInfo } from "sigma/rendering";
import { floatColor } from "sigma/utils";
import type { NodeDisplayData, RenderParams } from "sigma/types";

/**
 * Companies as discs, drawn as one plain triangle list rather than sigma's instanced circles.
 *
 * Why: a software WebGL (SwiftShader, what Chromium falls back to on virtual desktops and
 * machines without a GPU) draws an instanced call one instance at a time. At 10,000 companies
 * every frame spent about 150 ms of the GPU process on those per-instance setups, on each hover,
 * recolour and camera step; as one list of triangles the same discs cost a few milliseconds.
 * A GPU draws both equally fast. The picture is the same: a triangle around each company, cut
 * to a disc with a one-pixel soft edge in the fragment shader.
 */

// Corners of the triangle around the disc: an equilateral triangle whose inscribed circle is
// the disc has its corners at twice the radius.
const CORNERS = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3] as const;

const VERTEX_SHADER = /* glsl */ `
attribute vec2 a_position;
attribute float a_size;
attribute vec4 a_color;
attribute vec4 a_id;
attribute float a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

void main() {
  // sigma's units: a pixel is 2 * u_correctionRatio, and sizes shrink as the camera zooms out.
  float radius = a_size * 2.0 * u_correctionRatio / u_sizeRatio;
  vec2 offset = 2.0 * radius * vec2(cos(a_corner), sin(a_corner));
  gl_Position = vec4((u_matrix * vec3(a_position + offset, 1.0)).xy, 0.0, 1.0);
  v_offset = offset;
  v_radius = radius;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_color.a *= 255.0 / 254.0;
  #else
  v_color = a_color;
  #endif
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_offset;
varying float v_radius;

uniform float u_correctionRatio;

void main() {
  float pixel = 2.0 * u_correctionRatio;
  float inside = v_radius - length(v_offset);
  #ifdef PICKING_MODE
  gl_FragColor = inside > 0.0 ? v_color : vec4(0.0);
  #else
  // Colours are blended premultiplied (sigma's ONE, ONE_MINUS_SRC_ALPHA): scale all four.
  gl_FragColor = v_color * clamp(inside / pixel, 0.0, 1.0);
  #endif
}
`;

const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;
const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

export class NodeDiscProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: CORNERS.length,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_corner", size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (const corner of CORNERS) {
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = color;
      array[i++] = nodeIndex;
      array[i++] = corner;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniform1f(uniformLocations.u_sizeRatio!, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio!, params.correctionRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix!, false, params.matrix);
  }
}
