"""Caches bounded by bytes: a worker serving every place of the province stays flat."""

from __future__ import annotations

import pytest

from recupere_don.bytes_cache import BytesBoundedCache
from recupere_don.geo import mapbuilder


def test_the_least_recently_used_values_go_once_the_bytes_are_over_budget() -> None:
    cache: BytesBoundedCache[bytes] = BytesBoundedCache(100, len)
    cache.put("a", b"x" * 40)
    cache.put("b", b"x" * 40)
    assert cache.get("a") == b"x" * 40  # "a" is now the most recently used
    cache.put("c", b"x" * 40)
    assert cache.get("b") is None
    assert cache.get("a") is not None
    assert cache.get("c") is not None
    assert cache.size_bytes == 80


def test_a_value_over_the_whole_budget_is_served_but_not_kept() -> None:
    cache: BytesBoundedCache[bytes] = BytesBoundedCache(100, len)
    cache.put("small", b"x" * 10)
    assert cache.get_or_build("huge", lambda: b"x" * 500) == b"x" * 500
    assert cache.get("huge") is None
    assert cache.get("small") == b"x" * 10


def test_a_newer_value_under_the_same_key_replaces_the_older_one() -> None:
    cache: BytesBoundedCache[bytes] = BytesBoundedCache(100, len)
    cache.put("a", b"x" * 60)
    cache.put("a", b"y" * 30)
    assert cache.get("a") == b"y" * 30
    assert (len(cache), cache.size_bytes) == (1, 30)


def test_place_maps_stay_within_their_byte_budget_and_each_shows_its_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The budget of a dozen maps, to keep the test short; production's holds hundreds.
    budget = 12 * mapbuilder.rendered_size(("x" * 100, "x" * 850, "x" * 36))
    maps: BytesBoundedCache[mapbuilder.Rendered] = BytesBoundedCache(
        budget, mapbuilder.rendered_size
    )
    monkeypatch.setattr(mapbuilder, "_RENDERED", maps)
    tiles = mapbuilder.TileSettings("http://tiles.test/{z}/{x}/{y}.png", "© contributeurs")
    first = mapbuilder.place_map(tiles, "n0nce", 46.0, -70.0)
    # As many maps as places: the old memo kept 1,024 whatever they weighed.
    for i in range(1, 60):
        fragments = mapbuilder.place_map(tiles, "n0nce", 46.0 + i / 10_000, -70.5)
        assert f"[{46.0 + i / 10_000!r}, -70.5]" in fragments.script
    assert 5 < len(maps) < 15
    assert maps.size_bytes <= budget
    # The first map went; asked again, it is rendered again with the same place.
    assert maps.get((tiles, (46.0, -70.0), 15, True, 0)) is None
    again = mapbuilder.place_map(tiles, "n0nce", 46.0, -70.0)
    assert "[46.0, -70.0]" in again.script
    assert 'nonce="n0nce"' in again.script
    assert again.html.replace(again.name, "") == first.html.replace(first.name, "")


def test_an_entry_bound_too_when_one_is_given() -> None:
    cache: BytesBoundedCache[bytes] = BytesBoundedCache(1000, len, max_entries=2)
    for key in "abc":
        cache.put(key, b"x")
    assert (cache.get("a"), len(cache), cache.size_bytes) == (None, 2, 2)
