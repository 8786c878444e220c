// Label placement as plain boxes in CSS pixels: division names reserve their boxes first, then
// company labels take a place only where they overlap neither a division name nor another
// company label. Pure, so placement is tested without a canvas.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Boxes placed so far in one frame; a new label is kept only if it hits none of them. */
export class BoxSet {
  private boxes: Box[] = [];

  clear(): void {
    this.boxes = [];
  }

  hits(box: Box): boolean {
    for (const b of this.boxes) if (overlaps(box, b)) return true;
    return false;
  }

  /** Reserves the box whatever it overlaps (division names are always drawn). */
  add(box: Box): void {
    this.boxes.push(box);
  }

  /** Adds the box unless it overlaps one already there; says whether it was added. */
  place(box: Box): boolean {
    if (this.hits(box)) return false;
    this.boxes.push(box);
    return true;
  }

  get size(): number {
    return this.boxes.length;
  }
}

/** A centred label's box (division names are drawn centred on their anchor), with a margin. */
export function centredBox(x: number, y: number, width: number, height: number, margin = 2): Box {
  return { x: x - width / 2 - margin, y: y - height / 2 - margin, w: width + 2 * margin, h: height + 2 * margin };
}

/**
 * Where a company label may go, in order of preference: right of the node (sigma's usual
 * place), then left, above and below it. Baseline positions for fillText with textAlign left.
 */
export function labelCandidates(x: number, y: number, radius: number, width: number, size: number): Array<{ box: Box; tx: number; ty: number }> {
  const gap = 3;
  const h = size + 2;
  const mid = y - h / 2;
  return [
    { box: { x: x + radius + gap, y: mid, w: width, h }, tx: x + radius + gap, ty: y + size / 3 },
    { box: { x: x - radius - gap - width, y: mid, w: width, h }, tx: x - radius - gap - width, ty: y + size / 3 },
    { box: { x: x - width / 2, y: y - radius - gap - h, w: width, h }, tx: x - width / 2, ty: y - radius - gap - h / 2 + size / 3 },
    { box: { x: x - width / 2, y: y + radius + gap, w: width, h }, tx: x - width / 2, ty: y + radius + gap + h / 2 + size / 3 },
  ];
}
