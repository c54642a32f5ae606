import { expect, test } from "vitest";
import { columnHeads } from "./SpeakerMatrix";

test("column heads tell speakers apart: capitals, digits kept, clashes numbered", () => {
  expect(columnHeads(["Kim Dae-jung", "South Korea's National Security Council"])).toEqual([
    "KD",
    "NSC",
  ]);
  expect(columnHeads(["Speaker 1", "Speaker 2", "Speaker 12"])).toEqual(["S1", "S2", "S12"]);
  expect(columnHeads(["South Korean officials", "South Korea's government"])).toEqual([
    "SK1",
    "SK2",
  ]);
  expect(columnHeads(["김서연"])).toEqual(["김서"]);
});
