import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { attribute, proposeSpeakers, type SpeakerRef } from "./attribution";

/** Attributes the first occurrence of `passage` in `text`. */
function who(text: string, passage: string, speakers: readonly SpeakerRef[]) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" is not in the text`);
  return attribute(text, start, start + passage.length, speakers);
}

const OBERDORFER = { id: "oberdorfer", name: "Don Oberdorfer" };
const BECK = { id: "beck", name: "Peter Beck" };
const OH = { id: "oh", name: "Kongdan Oh" };
const MOON_CI = { id: "moon-ci", name: "Moon Chung-in" };
const MOON_HS = { id: "moon-hs", name: "Moon Hee-sang" };
const CAST = [OBERDORFER, BECK, OH, MOON_CI, MOON_HS];

describe("attribute: quotation tags", () => {
  test('"…," said Mr. X: a surname with an honorific finds the full name', () => {
    const text = '"The idea is plainly ridiculous," said Mr. Oberdorfer.';
    expect(who(text, "The idea is plainly ridiculous,", CAST)).toEqual({
      speakerId: "oberdorfer",
      reason: "said Mr. Oberdorfer",
      confidence: 0.9,
    });
  });

  test('"…," X added: the name before the verb', () => {
    const text = '"They need the U.S.," Peter Beck added.';
    expect(who(text, "They need the U.S.,", CAST)).toMatchObject({
      speakerId: "beck",
      reason: "Peter Beck added",
    });
  });

  test('X said: "…": a tag before the quotation', () => {
    const text = 'Mr. Beck said: "They realize they can\'t go it alone."';
    expect(who(text, "They realize", CAST)).toMatchObject({ speakerId: "beck" });
  });

  test("a passage that takes in the quotation marks and the tag is still the quotation's", () => {
    const text = 'Intro. "The idea is ridiculous," said Mr. Oberdorfer.';
    expect(who(text, '"The idea is ridiculous," said Mr. Oberdorfer.', CAST).speakerId).toBe(
      "oberdorfer",
    );
  });

  test("a tag naming someone not in the list gives no speaker, and says whom it named", () => {
    const text = '"It is fine," said Mr. Smith.';
    const got = who(text, "It is fine", CAST);
    expect(got.speakerId).toBeNull();
    expect(got.reason).toContain("Mr. Smith");
  });
});

describe("attribute: back-references", () => {
  test('"she said" refers back to the last speaker named', () => {
    const text =
      "Kongdan Oh, with the Institute for Defense Analyses, recalls the return of Kim Dae-jung.\n\n" +
      '"People\'s perception changed," she said.';
    expect(who(text, "People's perception changed,", CAST)).toEqual({
      speakerId: "oh",
      reason: "she said → Kongdan Oh",
      confidence: 0.75,
    });
  });

  test('"he said" goes to the paragraph\'s speaker before a person it only mentions', () => {
    const text = 'Peter Beck says the plan fails, unlike David Steinberg. "It is over," he said.';
    expect(
      who(text, "It is over", [BECK, { id: "steinberg", name: "David Steinberg" }]),
    ).toMatchObject({ speakerId: "beck", reason: "he said → Peter Beck" });
  });

  test('"she said" passes over a speaker the text calls "Mr."', () => {
    const text =
      "Kongdan Oh says the threat has changed. Mr. Beck says it has not.\n\n" +
      '"It changed dramatically," she said.';
    expect(who(text, "It changed dramatically", CAST).speakerId).toBe("oh");
  });

  test('"he said" after an unquoted "X says" paragraph', () => {
    const text =
      "Moon Chung-in, Chairman of President Roh's Committee, says the alliance is vital.\n\n" +
      '"For us, the alliance is an instrument. That\'s dead wrong," he said.';
    expect(who(text, "For us, the alliance is an instrument.", CAST)).toMatchObject({
      speakerId: "moon-ci",
      reason: "he said → Moon Chung-in",
    });
  });

  test('"the chamber said" finds the speaker whose name has that word', () => {
    const chamber = { id: "chamber", name: "U.S. Chamber of Commerce" };
    const text =
      "The U.S. Chamber of Commerce argued that the tax would hurt. " +
      '"It is a mistake," the chamber said.';
    expect(who(text, "It is a mistake", [chamber, BECK]).speakerId).toBe("chamber");
  });

  test('"the group said" refers back to the last speaker when no name has that word', () => {
    const hrw = { id: "hrw", name: "Human Rights Watch" };
    const text = 'Human Rights Watch criticised the law. "It is unjust," the group said.';
    expect(who(text, "It is unjust", [BECK, hrw])).toMatchObject({
      speakerId: "hrw",
      reason: "the group said → Human Rights Watch",
    });
  });

  test('an unquoted "…, he said." tail', () => {
    const text = "Peter Beck spoke in Seoul. The plan will fail, he said.";
    expect(who(text, "The plan will fail", CAST)).toMatchObject({
      speakerId: "beck",
      reason: "he said → Peter Beck",
    });
  });
});

describe("attribute: continued quotations", () => {
  test("a second quotation in the same paragraph continues the first", () => {
    const text =
      '"The idea is ridiculous," said Mr. Oberdorfer. "At the same time, I think the desire is understandable."';
    expect(who(text, "I think the desire is understandable.", CAST)).toEqual({
      speakerId: "oberdorfer",
      reason: "continues Don Oberdorfer's quotation",
      confidence: 0.75,
    });
  });

  test("a quotation paragraph after a quoted one continues it", () => {
    const text =
      "Peter Beck says the plan is flawed.\n\n" +
      '"They fear abandonment," he said.\n\n' +
      '"They also fear entrapment."';
    expect(who(text, "They also fear entrapment.", CAST).speakerId).toBe("beck");
  });

  test("an untagged quotation paragraph belongs to whoever the paragraph before ends on", () => {
    const text =
      'Peter Beck spoke in Seoul. He says the plan is flawed.\n\n"They fear abandonment."';
    expect(who(text, "They fear abandonment.", CAST)).toMatchObject({
      speakerId: "beck",
      reason: "introduced by He says",
    });
  });

  test("a quotation left open at a paragraph's end belongs to whoever closes it", () => {
    const text = '"They fear abandonment.\n\n"And they fear entrapment," said Mr. Beck.';
    expect(who(text, "They fear abandonment.", CAST).speakerId).toBe("beck");
    expect(who(text, "And they fear entrapment,", CAST).speakerId).toBe("beck");
  });
});

describe("attribute: clauses outside quotations", () => {
  test('"X, appositive, says …": the name before the appositive, not one inside it', () => {
    const text =
      "Moon Hee-sang, Chairman of President Roh's Uri Party, says the balancing role reflects changing global realities.";
    const roh = { id: "roh", name: "Roh Moo-hyun" };
    expect(who(text, "says the balancing role reflects", [...CAST, roh])).toMatchObject({
      speakerId: "moon-hs",
      reason: "Moon Hee-sang … says",
    });
  });

  test("a surname shared by two speakers goes to the one named last", () => {
    const text =
      "Moon Chung-in says the alliance is vital. Moon Hee-sang says balance matters. " +
      "Mr. Moon says a balancing role would use soft power.";
    expect(who(text, "a balancing role would use soft power.", CAST)).toMatchObject({
      speakerId: "moon-hs",
      reason: "Mr. Moon says → Moon Hee-sang",
    });
  });

  test('"according to X" before and after the words', () => {
    const ministry = { id: "ministry", name: "Ministry of Trade" };
    expect(
      who("According to the ministry, exports fell by 5 percent.", "exports fell", [ministry]),
    ).toMatchObject({ speakerId: "ministry", reason: "According to the ministry" });
    expect(
      who("Exports fell by 5 percent, according to Peter Beck.", "Exports fell", CAST).speakerId,
    ).toBe("beck");
  });

  test('"lawmakers, who say …": the group before the relative pronoun', () => {
    const opposition = { id: "opp", name: "Conservative opposition lawmakers" };
    const text =
      "The policy has met criticism from conservative opposition lawmakers, who say it implies neutrality.";
    expect(who(text, "it implies neutrality.", [opposition, BECK])).toMatchObject({
      speakerId: "opp",
    });
  });

  test('a verb without its own subject takes its clause\'s ("…, except to announce that")', () => {
    const government = { id: "gov", name: "South Korea's government" };
    const text =
      "South Korea's government has offered very few specifics, except to announce last month that Seoul would seek increased military cooperation with China.";
    expect(
      who(text, "Seoul would seek increased military cooperation", [government]).speakerId,
    ).toBe("gov");
    // The words before the verb of saying are not what was announced.
    expect(
      who(text, "South Korea's government has offered very few specifics", [government]),
    ).toEqual({ speakerId: null, reason: "the article's own framing", confidence: 0.7 });
  });

  test('"officials of most political stripes admit": the group before "of"', () => {
    const officials = { id: "officials", name: "South Korean officials" };
    const text =
      "South Korean officials of most political stripes admit the alliance is the best option.";
    expect(who(text, "the alliance is the best option.", [officials]).speakerId).toBe("officials");
  });

  test('a stand taken is attributed: "rejected a plan", "has taken a much tougher stance"', () => {
    const nsc = { id: "nsc", name: "South Korea's National Security Council" };
    const bush = { id: "bush", name: "The Bush administration" };
    const text =
      "Last month, South Korea's National Security Council publicly rejected a contingency plan. " +
      "That has put Mr. Roh in conflict with the Bush Administration, which has taken a much tougher stance since 2002.";
    expect(
      who(text, "South Korea's National Security Council publicly rejected", [nsc, bush]),
    ).toMatchObject({
      speakerId: "nsc",
      reason: "South Korea's National Security Council publicly rejected",
    });
    expect(who(text, "which has taken a much tougher stance", [nsc, bush]).speakerId).toBe("bush");
    // The words before the relative clause are the text's own.
    expect(who(text, "That has put Mr. Roh in conflict", [nsc, bush]).speakerId).toBeNull();
  });

  test('"what he called" refers to the person named in the paragraph', () => {
    const roh = { id: "roh", name: "Roh Moo-hyun" };
    const text =
      "Moon Chung-in says the alliance is vital.\n\n" +
      "This move is part of President Roh's Uri Party agenda. The main concept is to be what he called a balancing power in the region.";
    expect(who(text, "The main concept is to be what he called", [MOON_CI, roh])).toMatchObject({
      speakerId: "roh",
      reason: "he called → Roh Moo-hyun",
    });
  });

  test('"called the vote “…”": naming something is saying it', () => {
    const warren = { id: "warren", name: "Elizabeth Warren" };
    const text = 'Senator Elizabeth Warren called the vote "a victory for families."';
    expect(who(text, "a victory for families.", [warren]).speakerId).toBe("warren");
  });

  test("a verb without a subject of its own, and a surname inside an organisation's name", () => {
    const roh = { id: "roh", name: "Roh Moo-hyun" };
    const bush = { id: "bush", name: "The Bush administration" };
    const text =
      "The Roh administration came to power in 2003 pledging to take a more independent path.";
    expect(who(text, "pledging to take a more independent path", [bush, roh])).toMatchObject({
      speakerId: "roh",
      reason: "The Roh administration came to power in 2003 pledging → Roh Moo-hyun",
    });
  });

  test('a passive ("it is said that") names no speaker', () => {
    const text = "Peter Beck spoke. It is said that the plan will fail.";
    expect(who(text, "the plan will fail.", CAST)).toEqual({
      speakerId: null,
      reason: "the article's own framing",
      confidence: 0.7,
    });
  });

  test("a relative clause frames its own words only", () => {
    const critics = { id: "critics", name: "Critics" };
    const text = "The deal, which critics call a surrender, passed.";
    expect(who(text, "a surrender", [critics]).speakerId).toBe("critics");
    expect(who(text, "passed.", [critics]).speakerId).toBeNull();
  });

  test("the text's own framing has no speaker", () => {
    const text = "The alliance is changing. Mr. Beck says it will survive.";
    expect(who(text, "The alliance is changing.", CAST)).toEqual({
      speakerId: null,
      reason: "the article's own framing",
      confidence: 0.7,
    });
  });

  test("someone who speaks but is not among the speakers gives no speaker", () => {
    const text = "Some analysts say the alliance will survive.";
    const got = who(text, "the alliance will survive.", CAST);
    expect(got.speakerId).toBeNull();
    expect(got.reason).toContain("analysts");
  });

  test("a quoted term inside a framed sentence belongs to the sentence's speaker", () => {
    const text =
      'Mr. Moon says a balancing role would make use of South Korea\'s "soft power," including culture.';
    expect(who(text, "soft power", [MOON_HS]).speakerId).toBe("moon-hs");
  });
});

describe("attribute: someone quoted inside a quotation", () => {
  const kimDj = { id: "kim-dj", name: "Kim Dae-jung" };
  const kimJi = { id: "kim-ji", name: "Kim Jong Il" };
  const cast = [OH, kimDj, kimJi];
  const text =
    "Kongdan Oh recalls the return of then-president Kim Dae-jung from his meeting with North Korean leader Kim Jong Il\n\n" +
    '"What he declared was that, in my personal conversation Kim Jong Il assured me that there would be no more Korean war, because you and I shook hands. Since then, Kim Dae-jung believed that the North would not attack," she said.';

  test('"X assured me that …": the words after it are X\'s', () => {
    expect(who(text, "because you and I shook hands.", cast)).toMatchObject({
      speakerId: "kim-ji",
      reason: "Kim Jong Il assured me that",
    });
  });

  test('"What he declared was that …" opening the passage: he is the last person named before, other than the speaker', () => {
    expect(who(text, "What he declared was that, in my personal", cast)).toMatchObject({
      speakerId: "kim-dj",
      reason: "What he declared was that → Kim Dae-jung",
    });
  });

  test("the quoted speaker's own words after that are hers (a belief is not a report)", () => {
    expect(who(text, "Since then, Kim Dae-jung believed", cast).speakerId).toBe("oh");
    expect(who(text, "the North would not attack", cast).speakerId).toBe("oh");
  });

  test('someone the speaker only characterises ("is saying, well, …", no "that") does not take the words', () => {
    const steinberg = { id: "steinberg", name: "David Steinberg" };
    const bush = { id: "bush", name: "The Bush administration" };
    const quote =
      '"Our process is constipated at the top," explained Mr. Steinberg. "The Bush Administration sort of [is] saying, well, we don\'t have a crisis in North Korea, not yet."';
    expect(
      who(quote, "The Bush Administration sort of [is] saying", [bush, steinberg]),
    ).toMatchObject({
      speakerId: "steinberg",
      reason: "continues David Steinberg's quotation",
    });
  });
});

describe("attribute: odd input", () => {
  test("ids are taken as they are, __proto__ included", () => {
    const text = '"They need the U.S.," Peter Beck added.';
    expect(who(text, "They need", [{ id: "__proto__", name: "Peter Beck" }]).speakerId).toBe(
      "__proto__",
    );
  });

  test("a passage outside the text, or empty, gets no speaker", () => {
    expect(attribute("abc", 2, 9, CAST).speakerId).toBeNull();
    expect(attribute("abc", 1, 1, CAST).speakerId).toBeNull();
  });

  test("an edited list of speakers is read afresh, not from a cache", () => {
    const text = '"They need the U.S.," Peter Beck added.';
    const speakers = [{ id: "a", name: "Kongdan Oh" }];
    expect(who(text, "They need", speakers).speakerId).toBeNull();
    speakers.push({ id: "b", name: "Peter Beck" });
    expect(who(text, "They need", speakers).speakerId).toBe("b");
  });
});

describe("proposeSpeakers", () => {
  test("merges later short forms into the full name and drops honorifics", () => {
    const text = 'Don Oberdorfer says it is so. "It is," said Mr. Oberdorfer.';
    expect(proposeSpeakers(text)).toEqual([
      { name: "Don Oberdorfer", kind: "person", mentions: 2, evidence: "Don Oberdorfer says" },
    ]);
  });

  test("drops offices before a name and keeps organisations as organisations", () => {
    const text =
      "Current South Korean President Roh Moo-hyun says he is seeking engagement. " +
      "The government says the plan would compromise sovereignty.";
    expect(proposeSpeakers(text).map((p) => [p.name, p.kind])).toEqual([
      ["Roh Moo-hyun", "person"],
      ["The government", "organisation"],
    ]);
  });

  test("someone who speaks only under a short form gets the full name the text gives", () => {
    const text =
      'Senator Elizabeth Warren voted for the bill.\n\n"We fought for this," Ms. Warren told reporters.';
    expect(proposeSpeakers(text)).toEqual([
      {
        name: "Elizabeth Warren",
        kind: "person",
        mentions: 2,
        evidence: "Ms. Warren told",
      },
    ]);
  });

  test("counts every naming, short forms and a possessive before another name included", () => {
    const text = 'Roh Moo-hyun says he will go. "We will," he said. Mr. Roh\'s Uri Party agrees.';
    expect(proposeSpeakers(text)).toEqual([
      { name: "Roh Moo-hyun", kind: "person", mentions: 2, evidence: "Roh Moo-hyun says" },
      {
        name: "Roh's Uri Party",
        kind: "organisation",
        mentions: 1,
        evidence: "Mr. Roh's Uri Party agrees",
      },
    ]);
  });

  test("names that never speak are not proposed", () => {
    const text =
      "South Korea and the United States seek a solution. Washington will only consider incentives. " +
      "The European Union met in Afghanistan, and Mr. Kim went to Iraq.";
    expect(proposeSpeakers(text)).toEqual([]);
  });

  test("ordered by first mention, each once, however often they speak", () => {
    const text =
      'Peter Beck says one thing. "Two," he said. David Steinberg says three. "Four," said Mr. Beck.';
    expect(proposeSpeakers(text).map((p) => p.name)).toEqual(["Peter Beck", "David Steinberg"]);
  });
});

test("a text of a megabyte is read in time in proportion to its length, not its square", () => {
  const map = JSON.parse(
    readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
  ) as { sources: { text: string }[]; speakers: SpeakerRef[] };
  const article = map.sources[0]?.text ?? "";
  const text = Array.from({ length: 150 }, () => article).join("\n\n"); // 1 MB
  const started = performance.now();
  const proposed = proposeSpeakers(text);
  const last = text.lastIndexOf("because you and I shook hands.");
  const got = attribute(text, last, last + 30, map.speakers);
  expect(performance.now() - started).toBeLessThan(20_000);
  expect(proposed.map((p) => p.name)).toContain("Kim Jong Il");
  expect(got.speakerId).toBe("kim-jong-il");
});

describe("proposeSpeakers on the built-in article", () => {
  const map = JSON.parse(
    readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
  ) as { sources: { text: string }[] };
  const proposed = proposeSpeakers(map.sources[0]?.text ?? "");
  const names = proposed.map((p) => p.name);

  test("finds the people it quotes, by their full names", () => {
    for (const name of [
      "Kongdan Oh",
      "Kim Dae-jung",
      "Kim Jong Il",
      "Roh Moo-hyun",
      "Moon Chung-in",
      "Moon Hee-sang",
      "Don Oberdorfer",
      "Peter Beck",
      "David Steinberg",
    ]) {
      expect(proposed.find((p) => p.name === name)?.kind, name).toBe("person");
    }
  });

  test("finds the organisations it attributes statements to", () => {
    for (const name of [
      "Bush Administration",
      "Conservative opposition lawmakers",
      "South Korea's National Security Council",
      "South Korea's government",
    ]) {
      expect(proposed.find((p) => p.name === name)?.kind, name).toBe("organisation");
    }
  });

  test("proposes no place and no one who does not speak", () => {
    for (const name of ["South Korea", "Washington", "Afghanistan", "European Union", "Seoul"]) {
      expect(names).not.toContain(name);
    }
    expect(names).toHaveLength(new Set(names).size);
  });
});

describe("a speaker's role", () => {
  const text =
    "The Roh administration came to power in 2003 pledging to take a more independent path. Roh Moo-hyun said it was time.";
  const speakers = [
    { id: "roh", name: "Roh Moo-hyun" },
    { id: "gov", name: "South Korea's government", role: "Roh administration" },
  ];
  test("names the speaker when the text uses exactly its words", () => {
    const start = text.indexOf("The Roh");
    expect(attribute(text, start, text.indexOf("path.") + 5, speakers).speakerId).toBe("gov");
  });
  test("does not name the speaker from part of it", () => {
    const loose = [
      { id: "roh", name: "Roh Moo-hyun" },
      { id: "prof", name: "Ann Lee", role: "Professor at Yonsei University" },
    ];
    const t = 'The University said "the path is open."';
    expect(attribute(t, t.indexOf('"') + 1, t.length - 2, loose).speakerId).not.toBe("prof");
  });
});

test("a surname that speaks with no title takes the full name the text gives, as a person", () => {
  const text =
    'Opposition councillor Raj Patel disagrees. "The cost estimates are fantasy," Patel said.';
  expect(proposeSpeakers(text).map((p) => [p.name, p.kind])).toEqual([["Raj Patel", "person"]]);
});
