// The facets and table-sort workers answer only their newest request; this settles the rest.
import { describe, expect, it } from "vitest";
import { latestReplies } from "../../src/workers/latestReplies.ts";

describe("workers/latestReplies", () => {
  it("a reply settles its request with the value and every older one with null", async () => {
    const replies = latestReplies<string>();
    const a = replies.next();
    const b = replies.next();
    const c = replies.next();
    replies.answer(b.seq, { value: "b" });
    await expect(a.promise).resolves.toBeNull();
    await expect(b.promise).resolves.toBe("b");
    replies.answer(c.seq, { error: "no memory" });
    await expect(c.promise).rejects.toThrow("no memory");
  });

  it("a failed worker fails every open request; an ended one settles them with null", async () => {
    const replies = latestReplies<number>();
    const a = replies.next();
    replies.fail("worker crashed");
    await expect(a.promise).rejects.toThrow("worker crashed");
    const b = replies.next();
    replies.drop();
    await expect(b.promise).resolves.toBeNull();
  });
});
