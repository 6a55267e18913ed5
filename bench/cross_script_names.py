"""Do foreign people's names written in Hindi link to their English spellings?

    python bench/cross_script_names.py

Each pair is a Hindi and an English sentence naming one public figure, the way
news in the two languages writes them ("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने कहा।" /
"French President Emmanuel Macron said.").  The two are analysed together, as
``khabar analyse`` or ``khabar digest`` does a mixed pile, and a pair counts as
linked when both sentences' person carries one key.  Prints each pair and the
count.  The sentences are written here, not taken from a corpus: the names were
chosen as the world leaders Hindi news of 2019-2023 names most, before the
sound-alike rule (khabar.analyse.linking.sound_skeleton) was written, and the
rule was then written on their failures, so this is a development check, not a
held-out measure.  Needs no data.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAIRS = [
    ("चीन के राष्ट्रपति शी जिनपिंग ने बैठक की।", "Chinese President Xi Jinping held a meeting."),
    ("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने कहा।", "French President Emmanuel Macron said."),
    ("अमेरिकी राष्ट्रपति जो बाइडेन ने कहा।", "US President Joe Biden said."),
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने कहा।", "US President Donald Trump said."),
    ("ब्रिटेन के प्रधानमंत्री बोरिस जॉनसन ने कहा।", "British Prime Minister Boris Johnson said."),
    ("जर्मनी की चांसलर एंजेला मर्केल ने कहा।", "German Chancellor Angela Merkel said."),
    ("इजराइल के प्रधानमंत्री बेंजामिन नेतन्याहू ने कहा।", "Israeli Prime Minister Benjamin Netanyahu said."),
    ("तुर्की के राष्ट्रपति रेचेप तैय्यप एर्दोगन ने कहा।", "Turkish President Recep Tayyip Erdogan said."),
    ("जापान के प्रधानमंत्री शिंजो आबे ने कहा।", "Japanese Prime Minister Shinzo Abe said."),
    ("ईरान के सर्वोच्च नेता अयातुल्ला अली खामेनेई ने कहा।", "Iran's Supreme Leader Ayatollah Ali Khamenei said."),
    ("विश्व स्वास्थ्य संगठन के प्रमुख टेड्रोस अधानोम घेब्रेयसस ने कहा।", "WHO chief Tedros Adhanom Ghebreyesus said."),
    ("यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने कहा।", "Ukrainian President Volodymyr Zelensky said."),
    ("पाकिस्तान के प्रधानमंत्री इमरान खान ने कहा।", "Pakistan Prime Minister Imran Khan said."),
    ("ब्राजील के राष्ट्रपति जायर बोल्सोनारो ने कहा।", "Brazilian President Jair Bolsonaro said."),
    ("कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने कहा।", "Canadian Prime Minister Justin Trudeau said."),
    ("न्यूजीलैंड की प्रधानमंत्री जेसिंडा अर्डर्न ने कहा।", "New Zealand Prime Minister Jacinda Ardern said."),
]


def main() -> int:
    from khabar.analyse import analyse_articles
    from khabar.records import Article, Origin

    linked = 0
    for hindi, english in PAIRS:
        articles = [Article(id=lang, source=lang, origin=Origin(kind="text"), title=None, body=body, language=lang)
                    for lang, body in (("hi", hindi), ("en", english))]
        keys = [{e.key for e in a.entities if e.type == "PERSON"} for a in analyse_articles(articles)]
        same = bool(keys[0] & keys[1])
        linked += same
        print(f"{'linked' if same else 'apart '}  {sorted(keys[0])} / {sorted(keys[1])}")
    print(f"\n{linked}/{len(PAIRS)} pairs linked")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
