"""What donation pauses cost a search: 5,000 places with none paused, then 1 % and 10 % paused.

Builds the in-memory index (placeindex) from generated records, then times "where do I give
furniture" from random positions (placeindex.find) and the encoded answer of every place
(EncodedFeatures.collection), each against the same index without pauses measured in the same
run: the ratio is the figure (these machines are shared and noisy).
Run: .venv/bin/python bench/bench_pauses.py [--places 5000] [--rounds 300]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recupere_don import placeindex
from recupere_don.hours import QUEBEC

CATEGORIES = ["vetements", "meubles", "electromenagers", "livres-medias", "jouets", "velos"]
TODAY = date(2027, 1, 10)


def records(count: int, paused_share: float, seed: int = 7) -> list[placeindex.PlaceRecord]:
    rng = random.Random(seed)
    made = []
    for i in range(count):
        takes = tuple(sorted(rng.sample(CATEGORIES, 3)))
        pause = None
        if rng.random() < paused_share:
            pause = {"until": "2027-01-15", "categories": ["meubles"], "reason": "Entrepôt plein"}
        made.append(
            placeindex.PlaceRecord(
                id=i, slug=f"lieu-{i}", name=f"Lieu {i}", place_type="ressourcerie",
                address=f"{i} rue Principale", municipality="Lévis", postal_code="",
                mrc="levis", latitude=46.0 + rng.random(), longitude=-71.5 + rng.random(),
                phone="", website="", opening_hours="Mo-Fr 09:00-17:00", demo=False,
                service_area=None, actions={"donner": takes, "acheter": takes},
                donation_pause=pause,
            )
        )  # fmt: skip
    return made


def per_call_ms(action: object, rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000 / rounds


def measure(index: placeindex.PlaceIndex, rounds: int) -> tuple[float, float]:
    rng = random.Random(3)

    def search() -> None:
        criteria = placeindex.Criteria(
            categories=("meubles",), actions=("donner",), on=TODAY,
            near=(46.0 + rng.random(), -71.5 + rng.random()), limit=100,
        )  # fmt: skip
        placeindex.find(index, criteria, lambda _lon, _lat: "levis")

    moment = datetime(2027, 1, 10, 10, 0, tzinfo=QUEBEC)
    everything = placeindex.Found(list(range(len(index.records))))

    def encode() -> None:
        # A new minute each time, as the live API sees: the spliced members are rebuilt.
        index.encoded._members.clear()
        index.encoded.collection(everything, "https://x/lieux/", "", moment, "fr")

    return per_call_ms(search, rounds), per_call_ms(encode, max(1, rounds // 30))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    plain = placeindex.PlaceIndex(records(args.places, 0.0))
    measure(plain, args.rounds)  # warm-up: the first run pays for imports and caches
    baseline = measure(plain, args.rounds)
    print(f"{args.places} places, none paused: search {baseline[0]:.3f} ms, "
          f"all places encoded {baseline[1]:.1f} ms (baseline)")  # fmt: skip
    for share in (0.01, 0.10):
        index = placeindex.PlaceIndex(records(args.places, share))
        found = placeindex.find(
            index,
            placeindex.Criteria(categories=("meubles",), actions=("donner",), on=TODAY),
            lambda _lon, _lat: None,
        )
        search_ms, encode_ms = measure(index, args.rounds)
        print(
            f"{share:.0%} paused ({len(index._paused)} places; {len(found.ids)} still take "
            f"furniture): search {search_ms:.3f} ms (x{search_ms / baseline[0]:.2f}), "
            f"encoded {encode_ms:.1f} ms (x{encode_ms / baseline[1]:.2f})"
        )


if __name__ == "__main__":
    main()
