"""The store-side import: one transaction, all or nothing or valid rows only, idempotent,
cancel and file failures leave the database as it was; production the same way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from auditdesk import model
from auditdesk.exchange.production_import import ProductionMapping
from auditdesk.exchange.readings_import import (
    ColumnMapping,
    ImportCancelled,
    ImportFailed,
    ProblemKind,
)
from auditdesk.store import ReadOnlyError, Store
from auditdesk.store.readings_io import (
    analyse_meter,
    import_production,
    import_readings,
    meter_series,
    open_reader,
)

from .conftest import BAD, GOOD, write_csv


def _mapping(meter: model.Meter, **kwargs: object) -> ColumnMapping:
    defaults: dict[str, object] = {
        "date_column": "Ngày",
        "time_column": "Giờ",
        "value_column": "Chỉ số",
        "meters": (meter,),
    }
    defaults.update(kwargs)
    return ColumnMapping(**defaults)  # type: ignore[arg-type]


def _history(store: Store, meter_id: str) -> list[model.HistoryEntry]:
    return store.history.list(entity="reading", entity_id=meter_id)


def test_a_good_file_lands_whole_and_a_second_import_adds_nothing(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    main = plant["main"]
    path = write_csv(tmp_path, GOOD)
    first = import_readings(store, path, _mapping(main, source="bill"))
    assert (first.inserted, first.skipped, first.rows_read, first.committed) == (3, 0, 3, True)
    assert first.imported_anything and not first.refused and first.problems == []
    stored = store.readings.list(main.id)
    assert [(r.ts, r.value, r.source) for r in stored] == [
        ("2024-01-31T08:00:00", 1000.5, "bill"),
        ("2024-02-29T08:00:00", 1100.0, "bill"),
        ("2024-03-31T08:00:00", 1250.25, "bill"),
    ]
    again = import_readings(store, path, _mapping(main))
    assert (again.inserted, again.skipped, again.committed) == (0, 3, True)
    assert not again.imported_anything
    assert store.readings.count(main.id) == 3
    imports = [h for h in _history(store, main.id) if h.op == "import"]
    assert len(imports) == 2 and '"inserted": 0' in (imports[0].new or "")
    assert "readings.csv" in (imports[1].new or "")


def test_all_or_nothing_stores_nothing_and_lists_every_problem(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    main = plant["main"]
    path = write_csv(tmp_path, BAD)
    mapping = _mapping(main, date_column="Date", value_column="Value", time_column=None)
    outcome = import_readings(store, path, mapping)
    assert outcome.refused and not outcome.committed and not outcome.imported_anything
    assert outcome.valid == 2 and outcome.rejected_rows == 4
    assert [(p.row, p.column, p.kind) for p in outcome.problems] == [
        (3, "Value", ProblemKind.TEXT_IN_NUMBER),
        (4, "Date", ProblemKind.BAD_DATE),
        (6, "Date", ProblemKind.DUPLICATE),
        (7, "Value", ProblemKind.NEGATIVE),
    ]
    assert store.readings.count(main.id) == 0 and _history(store, main.id) == []
    valid = import_readings(store, path, mapping, valid_only=True)
    assert valid.committed and valid.inserted == 2 and valid.rejected_rows == 4
    assert [r.ts for r in store.readings.list(main.id)] == ["2024-01-01", "2024-01-04"]


def test_a_dry_run_reports_exactly_and_writes_nothing(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    main = plant["main"]
    path = write_csv(tmp_path, GOOD)
    store.readings.add(model.Reading(meter_id=main.id, ts="2024-01-31T08:00:00", value=1000.5))
    before = len(store.history.list())
    outcome = import_readings(store, path, _mapping(main), dry_run=True)
    assert (outcome.inserted, outcome.skipped, outcome.committed) == (2, 1, False)
    assert outcome.imported_anything  # what a real import would do
    assert store.readings.count(main.id) == 1 and len(store.history.list()) == before


def test_cancel_and_a_broken_file_roll_everything_back(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    main = plant["main"]
    rows = "".join(
        f"2024-01-01T{h:02d}:{m:02d},{h * 60 + m}\n" for h in range(24) for m in range(60)
    )
    path = write_csv(tmp_path, "Date,Value\n" + rows)
    mapping = _mapping(main, date_column="Date", value_column="Value", time_column=None)

    def stop_after_first_chunk(done: int, total: int) -> None:
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        import_readings(store, path, mapping, progress=stop_after_first_chunk, valid_only=True)
    assert store.readings.count(main.id) == 0
    # after good rows, an unclosed quote swallows more than the csv field limit: far down
    # (met while importing) and near the top (met while the first rows are sampled)
    tail = '2024-02-01,"12\n' + "2024-02-02,13\n" * 12_000
    for name, good in (("broken_late.csv", rows * 3), ("broken_early.csv", rows[:2_000])):
        broken = write_csv(tmp_path, "Date,Value\n" + good + tail, name=name)
        with pytest.raises(ImportFailed) as info:
            import_readings(store, broken, mapping, valid_only=True)
        assert info.value.problem.kind == ProblemKind.UNREADABLE
        assert "cannot be read" in info.value.problem.message
    assert store.readings.count(main.id) == 0 and _history(store, main.id) == []


def test_file_problems_and_a_read_only_store(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    main = plant["main"]
    empty = write_csv(tmp_path, "", name="empty.csv")
    with pytest.raises(ImportFailed) as info:
        import_readings(store, empty, _mapping(main))
    assert info.value.problem.kind == ProblemKind.EMPTY_FILE
    big = write_csv(tmp_path, GOOD, name="big.csv")
    with pytest.raises(ImportFailed) as info:
        import_readings(store, big, _mapping(main), max_bytes=20)
    assert info.value.problem.kind == ProblemKind.TOO_LARGE
    with pytest.raises(ImportFailed) as info:
        import_readings(store, big, _mapping(main, file_unit="m3"))
    assert info.value.problem.kind == ProblemKind.BAD_UNIT
    with Store(store.path, user="other", read_only=True) as reader, pytest.raises(ReadOnlyError):
        import_readings(reader, big, _mapping(main))
    assert store.readings.count() == 0


def test_a_meter_column_spreads_rows_over_the_enterprise_meters(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path,
        "Date,Meter,Value\n2024-01-31,Công tơ tổng,10\n"
        "2024-01-31,NƯỚC CẤP,5\n2024-02-29,nước cấp,6\n"
        "2024-02-29,Unknown,7\n",
    )
    mapping = ColumnMapping(
        date_column="Date",
        value_column="Value",
        meter_column="Meter",
        meters=(plant["main"], plant["water"]),
    )
    outcome = import_readings(store, path, mapping, valid_only=True)
    assert outcome.inserted == 3 and outcome.problems[0].kind == ProblemKind.UNKNOWN_METER
    assert store.readings.count(plant["main"].id) == 1
    assert store.readings.count(plant["water"].id) == 2
    assert {h.entity_id for h in store.history.list(entity="reading")} == {
        plant["main"].id,
        plant["water"].id,
    }


def test_production_import_is_idempotent_and_all_or_nothing(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    enterprise_id = plant["main"].enterprise_id
    path = write_csv(
        tmp_path,
        "Tháng;Sản phẩm;Sản lượng;Đơn vị\nT1/2024;Cá tra;120,5;t\n"
        "02/2024;Cá tra;98 000;kg\n03/2024;Cá tra;nhiều;t\n",
        name="production.csv",
    )
    mapping = ProductionMapping(
        month_column="Tháng",
        product_column="Sản phẩm",
        quantity_column="Sản lượng",
        unit_column="Đơn vị",
        unit="t",
        enterprise_id=enterprise_id,
    )
    refused = import_production(store, path, mapping)
    assert refused.refused and store.production.count() == 0
    assert refused.problems[0].row == 4 and refused.problems[0].column == "Sản lượng"
    first = import_production(store, path, mapping, valid_only=True)
    assert (first.inserted, first.skipped, first.committed) == (2, 0, True)
    records = store.production.list(order_by="period_start")
    assert [(r.period_start, r.period_end, r.quantity) for r in records] == [
        ("2024-01-01", "2024-01-31", 120.5),
        ("2024-02-01", "2024-02-29", 98.0),
    ]
    again = import_production(store, path, mapping, valid_only=True)
    assert (again.inserted, again.skipped) == (0, 2) and store.production.count() == 2
    with pytest.raises(ImportFailed):
        import_production(
            store,
            path,
            ProductionMapping(
                month_column="Tháng", quantity_column="Sản lượng", enterprise_id=enterprise_id
            ),
        )


def test_meter_analysis_is_aligned_with_the_grid_rows(
    store: Store, plant: dict[str, model.Meter]
) -> None:
    """Text order puts a date-only reading before a time on the same day; the intervals
    are computed in time order and mapped back to the grid's rows."""
    main = plant["main"]
    store.readings.add_many(
        [
            model.Reading(meter_id=main.id, ts="2024-01-31T08:00:00", value=9_990.0),
            model.Reading(meter_id=main.id, ts="2024-02-29", value=10.0),  # end of 29 Feb: rollover
            model.Reading(meter_id=main.id, ts="2024-02-29T12:00:00", value=5.0),  # before it: drop
        ]
    )
    conn = open_reader(store)
    try:
        stamps, _ = meter_series(conn, main.id)
        assert stamps == ["2024-01-31T08:00:00", "2024-02-29", "2024-02-29T12:00:00"]
        analysis = analyse_meter(conn, main)
    finally:
        conn.close()
    consumption, flags = analysis.intervals.consumption, analysis.intervals.flags
    assert np.isnan(consumption[0]) and flags[0] == 0
    # 9,990 -> 5 rolls over (x10) ; 5 -> 10 (end of day) adds 5 x 10
    assert consumption[2] == pytest.approx((10_000 - 9_990 + 5) * 10) and flags[2] & 1
    assert consumption[1] == pytest.approx(50.0)
    assert [m.period for m in analysis.months] == ["2024-01", "2024-02"]
    assert sum(m.consumption or 0 for m in analysis.months) == pytest.approx(200.0)
    assert analysis.years[0].period == "2024"


def test_problems_past_the_listing_limit_are_still_counted(
    store: Store, plant: dict[str, model.Meter], tmp_path: Path
) -> None:
    bad = "".join(f"2024-01-01T00:{m % 60:02d}:{m // 60:02d},x\n" for m in range(3_600))
    bad += "".join(f"2024-01-02T00:{m % 60:02d}:{m // 60:02d},x\n" for m in range(1_410))
    path = write_csv(tmp_path, "Date,Value\n2023-12-31,1\n" + bad)
    mapping = _mapping(plant["main"], date_column="Date", value_column="Value", time_column=None)
    outcome = import_readings(store, path, mapping, valid_only=True)
    assert outcome.problems[-1].kind == ProblemKind.MORE
    assert outcome.rejected_rows == 5_010 and outcome.inserted == 1
