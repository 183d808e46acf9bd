"""The chain arithmetic alone: any single change to any link is found, at that link."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.integrity.audit_chain import (
    GENESIS_HASH,
    ChainHead,
    ChainLink,
    link_hash,
    verify_links,
)

START = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def build_chain(length: int) -> list[ChainLink]:
    links, prev = [], GENESIS_HASH
    for seq in range(1, length + 1):
        fields = dict(
            seq=seq,
            at=START + timedelta(seconds=seq),
            actor="admin",
            action="person.add",
            target_kind="person",
            target_id=f"p{seq}",
            details='{"name":"张三"}',
            prev_hash=prev,
        )
        prev = link_hash(**fields)
        links.append(ChainLink(**fields, hash=prev))
    return links


def verify(links: list[ChainLink], table_head: ChainHead | None = None, outside=()):
    if table_head is None:
        table_head = (
            ChainHead(links[-1].seq, links[-1].hash) if links else ChainHead(0, GENESIS_HASH)
        )
    return verify_links(iter(links), table_head=table_head, outside_heads=outside)


def test_intact_chain_verifies() -> None:
    chain = build_chain(20)
    report = verify(chain, outside=[ChainHead(20, chain[-1].hash)])
    assert report.ok
    assert report.entries == 20


def test_empty_chain_verifies() -> None:
    assert verify([]).ok


@given(st.integers(0, 9), st.sampled_from(["actor", "action", "target_id", "details"]))
def test_changed_field_is_found_at_that_link(index: int, field: str) -> None:
    chain = build_chain(10)
    chain[index] = replace(chain[index], **{field: getattr(chain[index], field) + "x"})
    report = verify(chain)
    assert not report.ok
    assert report.first_bad == index + 1


@given(st.integers(0, 9))
def test_changed_time_is_found(index: int) -> None:
    chain = build_chain(10)
    chain[index] = replace(chain[index], at=chain[index].at + timedelta(microseconds=1))
    assert verify(chain).first_bad == index + 1


@given(st.integers(0, 8))
def test_deleted_link_is_found(index: int) -> None:
    chain = build_chain(10)
    del chain[index]
    report = verify(chain, table_head=ChainHead(10, build_chain(10)[-1].hash))
    assert not report.ok
    assert report.first_bad == index + 2


@given(st.integers(0, 8))
def test_swapped_neighbours_are_found(index: int) -> None:
    chain = build_chain(10)
    a, b = chain[index], chain[index + 1]
    chain[index] = replace(b, seq=a.seq)
    chain[index + 1] = replace(a, seq=b.seq)
    report = verify(chain)
    assert not report.ok
    assert report.first_bad == index + 1


def test_inserted_link_is_found_even_with_a_valid_hash() -> None:
    chain = build_chain(5)
    forged_fields = dict(
        seq=3,
        at=START,
        actor="admin",
        action="person.add",
        target_kind="person",
        target_id="forged",
        details="{}",
        prev_hash=chain[1].hash,
    )
    forged = ChainLink(**forged_fields, hash=link_hash(**forged_fields))
    chain.insert(2, forged)
    later = [replace(link, seq=link.seq + 1) for link in chain[3:]]
    report = verify(chain[:3] + later)
    assert not report.ok
    assert report.first_bad == 4


def test_truncation_is_found_by_the_table_head() -> None:
    chain = build_chain(10)
    report = verify(chain[:7], table_head=ChainHead(10, chain[-1].hash))
    assert not report.ok
    assert report.first_bad == 8


def test_truncation_with_a_forged_table_head_is_found_by_the_outside_head() -> None:
    chain = build_chain(10)
    short = chain[:7]
    report = verify(
        short, table_head=ChainHead(7, short[-1].hash), outside=[ChainHead(10, chain[-1].hash)]
    )
    assert not report.ok
    assert "gone" in report.problem


def test_rewritten_chain_is_found_by_the_outside_head() -> None:
    original = build_chain(6)
    rewritten = build_chain(6)
    rewritten = [replace(link) for link in rewritten]
    # A forger rebuilds every hash after changing entry 2 consistently.
    prev, forged = GENESIS_HASH, []
    for link in rewritten:
        target = "changed" if link.seq == 2 else link.target_id
        fields = dict(
            seq=link.seq,
            at=link.at,
            actor=link.actor,
            action=link.action,
            target_kind=link.target_kind,
            target_id=target,
            details=link.details,
            prev_hash=prev,
        )
        prev = link_hash(**fields)
        forged.append(ChainLink(**fields, hash=prev))
    report = verify(forged, outside=[ChainHead(6, original[-1].hash)])
    assert not report.ok
    assert report.first_bad == 6


def test_a_lagging_outside_head_is_still_accepted() -> None:
    chain = build_chain(10)
    assert verify(chain, outside=[ChainHead(9, chain[8].hash)]).ok


def test_field_boundaries_cannot_be_shifted() -> None:
    common = dict(
        seq=1, at=START, action="a", target_kind="k", details="{}", prev_hash=GENESIS_HASH
    )
    assert link_hash(actor="ab", target_id="c", **common) != link_hash(
        actor="a", target_id="bc", **common
    )
