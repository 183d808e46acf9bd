"""Every register and form, printed with realistic rows and read back from the PDF."""

from pathlib import Path

import cv2
import pytest

from app.reports.catalog import BY_KIND, KINDS
from app.reports.document import RenderedReport, render_report
from app.reports.meta import data_digest
from tests.reports import samples as s
from tests.reports.pdf import page_count, pdf_fonts, pdf_text, render_pages

PERIOD = "期间：2026-11-01 00:00 至 2026-12-01 00:00"

#: kind → (payload, texts that must be on page 1)
CASES = {
    "device-ledger": (
        s.device_ledger(12),
        [
            "执法记录仪使用管理台账",
            "GT-ZFJLY-0003",
            "魏僧寨派出所",
            "国有资产卡片号",
            "警务保障部门（签名）",
        ],
    ),
    "device-issue-log": (s.issue_log(10), ["执法记录仪领用归还登记表", "领用人签名", "外壳有划痕"]),
    "handover-register": (
        s.handovers(10),
        ["执法记录移交登记表", "移交人签名", "接收人签名", "超时 14.5", "9f2c4e1b7a3d5c8e"],
    ),
    "officer-archive": (
        s.officer_archive(8),
        ["个人执法执勤记录电子档案", "城关派出所", "张伟", "20261102_0001_GT-ZFJLY-0012.mp4"],
    ),
    "viewing-register": (s.viewings(6), ["执法记录查阅登记表", "法制大队", "保管人（签名）"]),
    "copy-register": (s.copies(6), ["执法记录复制登记表", "DVD-R", "作为证据随案移送"]),
    "retrieval-approval": (
        s.retrieval_approval(),
        [
            "执法记录调取审批表",
            "李某某殴打他人案",
            "调取执法记录清单",
            "负责人签名",
            "王建中",
            "2026 年 11 月 5 日",
            "馆公调〔2026〕12号",
        ],
    ),
    "retrieval-notice": (
        s.retrieval_notice(),
        ["执法记录调取通知单", "邯郸市公安局督察支队", "调取单位（盖章）", "负责人签名"],
    ),
    "interruption-report": (
        s.interruption_report(),
        ["中断（未记录）工作记录", "孙喆", "电量耗尽", "队长（负责人）签名", "按时"],
    ),
    "fault-register": (s.faults(6), ["执法记录仪故障维修登记表", "返厂维修", "送修日期"]),
    "inspection-report": (
        s.inspection_report(),
        ["监督检查记录", "2 起警情执法记录超过", "整改要求", "复查人签名"],
    ),
    "custody-report": (
        s.custody_report(),
        ["执法记录保管链报告", "REC-000123", "a1b2c3d4e5f6", "保管链事件", "经办人"],
    ),
    "compliance-statistics": (
        s.compliance(),
        [
            "执法全过程记录工作情况统计表",
            "执法记录仪配备率",
            "分单位情况",
            "刑事侦查大队",
            "督察部门（签名）",
        ],
    ),
    "people-roster": (s.roster(12), ["人员名册", "执法记录仪管理员", "停用"]),
    "audit-extract": (s.audit_rows(12), ["审计日志摘录", "report.print", "链哈希"]),
}


def render(kind: str, payload: object, tmp_path: Path) -> tuple[RenderedReport, Path]:
    spec = BY_KIND[kind]
    rendered = render_report(
        spec, payload, s.meta(), record_id="R-7" if spec.per_record else "", period=PERIOD
    )
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(rendered.data)
    return rendered, path


def flat(text: str) -> str:
    """pdftotext puts a wrapped cell on several lines; compare without the white space."""
    return "".join(text.split())


def test_every_kind_has_a_case() -> None:
    assert set(CASES) == {k.kind for k in KINDS}


@pytest.mark.parametrize("kind", list(CASES))
def test_prints_its_rows_in_chinese_with_page_furniture(kind: str, tmp_path: Path) -> None:
    payload, expected = CASES[kind]
    rendered, path = render(kind, payload, tmp_path)
    assert page_count(path) == rendered.pages
    first = flat(pdf_text(path, 1))
    for text in expected:
        assert flat(text) in first, text
    for furniture in ("单位：馆陶县公安局", f"第1页共{rendered.pages}页", "打印人：王建中（admin）",
                      "打印时间：2026-11-2610:00:00", "审计链头#152·3fa2b4c5d6e7f809"):  # fmt: skip
        assert furniture in first, furniture
    assert f"编号：{'TZ' if kind == 'device-ledger' else ''}" in first


@pytest.mark.parametrize("kind", list(CASES))
def test_fonts_are_embedded_subsets_and_pages_render(kind: str, tmp_path: Path) -> None:
    payload, _ = CASES[kind]
    rendered, path = render(kind, payload, tmp_path)
    fonts = pdf_fonts(path)
    assert fonts, "no fonts at all"
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert {"WenQuanYiMicroHei-0"} <= {f["name"].split("+")[-1] for f in fonts}
    pages = render_pages(path, tmp_path)
    assert len(pages) == rendered.pages
    assert all(p.stat().st_size > 2000 for p in pages)


def test_long_register_repeats_its_head_and_numbers_every_page(tmp_path: Path) -> None:
    rows = s.handovers(150)
    rendered, path = render("handover-register", rows, tmp_path)
    assert rendered.pages >= 5
    seen_rows = set()
    for number in range(1, rendered.pages + 1):
        text = pdf_text(path, number)
        assert f"第{number}页共{rendered.pages}页" in flat(text)
        assert "移交人签名" in text and "执法记录移交登记表" in text
        seen_rows |= {int(line.split()[0]) for line in text.splitlines() if line.split()
                      and line.split()[0].isdigit() and len(line.split()[0]) <= 3}  # fmt: skip
    assert set(range(1, 151)) <= seen_rows


def test_a_name_outside_gb2312_prints_in_the_hei_face(tmp_path: Path) -> None:
    """堃 and 喆 are not in the song face; they must print, not leave a blank."""
    _, path = render("people-roster", s.roster(12), tmp_path)
    assert "郑堃" in pdf_text(path) and "孙喆" in pdf_text(path)
    assert {"BousungEG-Light-GB", "WenQuanYiMicroHei-0"} == {
        f["name"].split("+")[-1] for f in pdf_fonts(path)
    }


def test_a_form_longer_than_a_page_continues_with_its_table_head(tmp_path: Path) -> None:
    form = s.retrieval_approval(n_items=45)
    rendered, path = render("retrieval-approval", form, tmp_path)
    assert rendered.pages >= 2
    second = flat(pdf_text(path, 2))
    assert "调取执法记录清单" in second and "校验值（SHA-256）" in second
    assert "负责人签名" in flat(pdf_text(path, rendered.pages))


def test_an_empty_register_says_so(tmp_path: Path) -> None:
    rendered, path = render("viewing-register", [], tmp_path)
    assert rendered.pages == 1
    assert "本期间无记录" in pdf_text(path)


def test_qr_code_links_the_paper_to_its_record(tmp_path: Path) -> None:
    form = s.retrieval_approval()
    rendered, path = render("retrieval-approval", form, tmp_path)
    assert rendered.link == (
        f"evidence-station://ST-ROOT/retrieval-approval/R-7?sha256={data_digest(form)}"
    )
    page = cv2.imread(str(render_pages(path, tmp_path, resolution=300)[0]))
    height, width = page.shape[:2]
    corner = page[: height // 8, width * 3 // 4 :]  # the code sits in the top right corner
    found, _, _ = cv2.QRCodeDetector().detectAndDecode(corner)
    assert found == rendered.link


def test_the_data_digest_changes_with_the_data() -> None:
    assert data_digest(s.handovers(3)) != data_digest(s.handovers(4))
    assert data_digest(s.handovers(3)) == data_digest(s.handovers(3))
