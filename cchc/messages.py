"""Every string a user reads, in Vietnamese and English, in one place for translators.

Keys are ``area.name``; values are ``str.format`` templates. An argument wrapped in ``Key``
(``Key("type.date")``) is itself a catalog key and is translated before it is inserted; any other
argument is data and is inserted as it is, even when its text happens to equal a key.
"""

from __future__ import annotations

import string
from typing import NamedTuple

LANGUAGES = ("vi", "en")


class Key(str):
    """A catalog key passed as a message argument: translated, never shown as it is."""

    __slots__ = ()


class Text(NamedTuple):
    """One message in each language."""

    vi: str
    en: str


CATALOG: dict[str, Text] = {
    # Severities and labels
    "severity.error": Text("lỗi", "error"),
    "severity.warning": Text("cảnh báo", "warning"),
    "label.hint": Text("gợi ý", "hint"),
    # What a value should be
    "type.text": Text("một đoạn chữ", "text"),
    "type.id": Text(
        "một mã (chữ không dấu, số, '.', '-', '_')", "an id (ASCII letters, digits, '.', '-', '_')"
    ),
    "type.int": Text("một số nguyên", "a whole number"),
    "type.bool": Text("true hoặc false", "true or false"),
    "type.choice": Text("một giá trị trong danh sách", "one of a list of words"),
    "type.date": Text("một ngày", "a date"),
    "type.period": Text(
        "một kỳ (quý, 6 tháng, 9 tháng, năm)", "a period (quarter, half year, nine months, year)"
    ),
    "type.deadline": Text("một thời hạn", "a deadline"),
    "type.list": Text("một danh sách", "a list"),
    "type.mapping": Text("một nhóm khóa: giá trị", "a mapping of keys to values"),
    # What a reference points at
    "kind.unit": Text("cơ quan, đơn vị", "unit"),
    "kind.section": Text("mục", "section"),
    "kind.audience": Text("đối tượng", "audience"),
    "kind.item": Text("nội dung hoặc hình thức (mục II)", "content or form item (section II)"),
    "kind.assignment": Text("nhiệm vụ", "assignment"),
    "kind.form": Text(
        "nội dung hoặc hình thức tuyên truyền (mục II)", "content item or form (section II)"
    ),
    "kind.activity": Text("loại hoạt động", "activity kind"),
    # Reading YAML
    "yaml.empty": Text("tệp trống", "the file is empty"),
    "yaml.not_utf8": Text(
        "tệp không phải UTF-8 tại đây; hãy lưu lại với mã hóa UTF-8",
        "the file is not UTF-8 here; save it as UTF-8",
    ),
    "yaml.tab": Text(
        "có ký tự tab: YAML chỉ thụt lề bằng dấu cách",
        "tab character: indent YAML with spaces only",
    ),
    "yaml.many_documents": Text(
        "tệp có nhiều tài liệu YAML ('---'); mỗi tệp chỉ một",
        "the file holds several YAML documents ('---'); keep one per file",
    ),
    "yaml.alias": Text(
        "không dùng neo/bí danh (&, *) trong tệp kế hoạch; hãy viết đầy đủ giá trị",
        "anchors and aliases (&, *) are not allowed in plan files; write the value out",
    ),
    "yaml.syntax": Text("lỗi cú pháp YAML: {detail}", "YAML syntax error: {detail}"),
    "yaml.root_not_mapping": Text(
        "tệp phải là một nhóm khóa: giá trị ở cấp ngoài cùng",
        "the file must be a mapping of keys to values at the top level",
    ),
    "yaml.tag": Text("không hỗ trợ thẻ YAML {tag}", "YAML tag {tag} is not allowed"),
    "yaml.merge": Text(
        "không dùng khóa gộp (<<) trong tệp kế hoạch; hãy viết đầy đủ các khóa",
        "merge keys (<<) are not allowed in plan files; write the keys out",
    ),
    "yaml.complex_key": Text("khóa phải là chữ đơn giản", "keys must be plain text"),
    "yaml.duplicate_key": Text(
        "khóa '{key}' lặp lại (đã có ở dòng {first_line})",
        "duplicate key '{key}' (first at line {first_line})",
    ),
    "yaml.unreadable": Text("không đọc được tệp: {detail}", "cannot read the file: {detail}"),
    # Schema
    "schema.wrong_type": Text(
        "cần {expected}, nhưng gặp {found}", "expected {expected}, found {found}"
    ),
    "schema.empty": Text("giá trị trống", "empty value"),
    "schema.bad_id": Text("'{value}' không phải là mã hợp lệ", "'{value}' is not a valid id"),
    "schema.not_int": Text("'{value}' không phải số nguyên", "'{value}' is not a whole number"),
    "schema.too_small": Text("{value} nhỏ hơn {minimum}", "{value} is less than {minimum}"),
    "schema.not_bool": Text("'{value}' không phải true/false", "'{value}' is not true/false"),
    "schema.bad_choice": Text(
        "'{value}' không có trong danh sách cho phép", "'{value}' is not one of the allowed values"
    ),
    "schema.bad_date": Text(
        "'{value}' không phải là một ngày có thật", "'{value}' is not a real date"
    ),
    "schema.bad_period": Text("'{value}' không phải là một kỳ", "'{value}' is not a period"),
    "schema.bad_deadline": Text(
        "không hiểu thời hạn '{value}'", "cannot read the deadline '{value}'"
    ),
    "schema.unknown_key": Text("khóa lạ '{key}'", "unknown key '{key}'"),
    "schema.missing_key": Text("thiếu khóa bắt buộc '{key}'", "missing required key '{key}'"),
    # File layout
    "layout.missing_file": Text("thiếu tệp {name}", "{name} is missing"),
    "layout.assignment_file": Text(
        "tệp {name} phải mang tên đơn vị chủ trì '{lead}'",
        "{name} must be named for its lead unit '{lead}'",
    ),
    "layout.progress_path": Text(
        "tệp tiến độ '{name}' không đúng chỗ", "progress file '{name}' is misplaced"
    ),
    "layout.unexpected_file": Text("tệp lạ {name} bị bỏ qua", "unexpected file {name} is ignored"),
    # Cross-file rules
    "unique.duplicate": Text(
        "mã '{id}' đã được dùng ở {first}", "id '{id}' is already defined at {first}"
    ),
    "reference.unknown": Text(
        "không có {what} nào mang mã '{key}'", "no {what} has the id '{key}'"
    ),
    "group.cycle": Text("nhóm tự chứa chính nó: {cycle}", "the group contains itself: {cycle}"),
    "lead.is_coordinator": Text(
        "đơn vị chủ trì '{unit}' cũng có trong danh sách phối hợp của {assignment}",
        "lead unit '{unit}' is also a coordinator of {assignment}",
    ),
    "lead.twice": Text(
        "đơn vị '{unit}' được ghi hai lần trong danh sách phối hợp của {assignment}",
        "'{unit}' is listed twice among the coordinators of {assignment}",
    ),
    "date.period_reversed": Text(
        "kỳ của kế hoạch kết thúc ({end}) trước khi bắt đầu ({start})",
        "the plan's period ends ({end}) before it starts ({start})",
    ),
    "date.outside_plan": Text(
        "ngày {date} nằm ngoài thời gian của kế hoạch ({start} - {end})",
        "date {date} is outside the plan's period ({start} - {end})",
    ),
    "date.future": Text(
        "bản ghi có ngày {date}, sau ngày kiểm tra ({today})",
        "the record is dated {date}, after the day of the check ({today})",
    ),
    "date.cited_after_plan": Text(
        "văn bản được dẫn có ngày {date}, sau ngày ban hành kế hoạch",
        "the cited document is dated {date}, after the plan itself",
    ),
    "deadline.outside_plan": Text(
        "thời hạn '{text}' nằm ngoài thời gian của kế hoạch ({start} - {end})",
        "deadline '{text}' is outside the plan's period ({start} - {end})",
    ),
    "progress.outside_period": Text(
        "ngày {date} không thuộc {period} ({start} - {end}) của tệp này",
        "date {date} is not in this file's period, {period} ({start} - {end})",
    ),
    "progress.future_occurrence": Text(
        "báo cáo cho {occurrence} không thể nằm trong tệp của {period}",
        "a record for {occurrence} cannot be filed under {period}",
    ),
    "record.no_reason": Text(
        "bản ghi hủy bỏ (cancelled) cần ghi lý do", "a cancelled record needs a reason"
    ),
    "record.needs_occurrence": Text(
        "nhiệm vụ {assignment} lặp lại theo kỳ: cần ghi occurrence",
        "{assignment} recurs: the record must name its occurrence",
    ),
    "record.no_occurrence": Text(
        "nhiệm vụ {assignment} không lặp lại theo kỳ: bỏ occurrence",
        "{assignment} does not recur: remove occurrence",
    ),
    "record.bad_occurrence": Text(
        "{assignment} không có kỳ {occurrence}", "{assignment} has no occurrence {occurrence}"
    ),
    "record.not_responsible": Text(
        "đơn vị '{unit}' không chủ trì hay phối hợp nhiệm vụ {assignment}",
        "'{unit}' neither leads nor coordinates {assignment}",
    ),
    "correction.no_field": Text(
        "sai sót được ghi cho trường '{field}', nhưng không có trường này",
        "the correction names field '{field}', which does not exist",
    ),
    "correction.not_found": Text(
        "sai sót: không thấy '{written}' trong trường '{field}'",
        "correction: '{written}' does not appear in field '{field}'",
    ),
    # Hints
    "hint.yaml.empty": Text(
        "viết nội dung vào tệp, hoặc xóa tệp", "write the content, or delete the file"
    ),
    "hint.yaml.not_utf8": Text(
        "mở tệp và lưu lại với mã hóa UTF-8 (Notepad: Save As, Encoding: UTF-8)",
        "open the file and save it as UTF-8 (Notepad: Save As, Encoding: UTF-8)",
    ),
    "hint.yaml.tab": Text("thay ký tự tab bằng dấu cách", "replace the tab with spaces"),
    "hint.yaml.many_documents": Text(
        "xóa dòng '---' hoặc tách thành nhiều tệp", "remove the '---' line or split the file"
    ),
    "hint.yaml.alias": Text(
        "chép lại giá trị vào từng chỗ dùng nó", "copy the value to each place that uses it"
    ),
    "hint.yaml.syntax": Text(
        "kiểm tra dấu ngoặc, dấu nháy và thụt lề ở dòng này hoặc dòng trước",
        "check brackets, quotes and indentation on this line or the one before",
    ),
    "hint.yaml.root_not_mapping": Text(
        "bắt đầu tệp bằng các dòng 'khóa: giá trị'", "start the file with 'key: value' lines"
    ),
    "hint.yaml.tag": Text(
        "xóa thẻ (phần bắt đầu bằng '!')", "remove the tag (the part starting with '!')"
    ),
    "hint.yaml.complex_key": Text("viết khóa là một từ đơn giản", "write the key as a plain word"),
    "hint.yaml.merge": Text("chép các khóa cần dùng vào đây", "copy the keys you need here"),
    "hint.yaml.duplicate_key": Text(
        "giữ lại dòng có giá trị đúng, hoặc đổi tên khóa; nếu cả hai dòng đều cần thì chúng thuộc hai mục khác nhau",
        "keep the line with the right value, or rename the key; if both are needed they belong to two different items",
    ),
    "hint.yaml.unreadable": Text(
        "kiểm tra tệp còn đó và bạn có quyền đọc", "check that the file exists and can be read"
    ),
    "hint.too_small": Text("dùng số từ {minimum} trở lên", "use {minimum} or more"),
    "hint.wrong_type": Text("sửa lại thành {expected}", "write {expected} here"),
    "hint.empty": Text(
        "điền giá trị, hoặc xóa cả dòng nếu khóa không bắt buộc",
        "fill it in, or delete the line if the key is optional",
    ),
    "hint.bad_id": Text(
        "mã chỉ gồm chữ không dấu, số, '.', '-', '_', ví dụ phong-noi-vu",
        "ids use ASCII letters, digits, '.', '-', '_', e.g. phong-noi-vu",
    ),
    "hint.not_int": Text(
        "viết số không có dấu ngoặc kép, ví dụ 12", "write the number without quotes, e.g. 12"
    ),
    "hint.not_bool": Text("viết true (có) hoặc false (không)", "write true or false"),
    "hint.choices": Text(
        "dùng một trong: {choices} (có phải '{suggestion}'?)",
        "use one of: {choices} (did you mean '{suggestion}'?)",
    ),
    "hint.bad_date": Text(
        "kiểm tra ngày, tháng và năm (từ 1900 đến 2200); nếu chính văn bản gốc ghi sai, giữ nguyên và ghi sai sót đó vào corrections",
        "check the day, month and year (1900 to 2200); if the document itself is wrong, keep it and record the slip under corrections",
    ),
    "hint.date_format": Text(
        "viết ngày dạng 31/3/2021 hoặc 2021-03-31 (dấu '/' hoặc ISO, năm đủ 4 chữ số)",
        "write the day as 31/3/2021 or 2021-03-31 (slashes or ISO, a four-digit year)",
    ),
    "hint.thousands": Text(
        "viết số không có dấu ngăn cách hàng nghìn: {plain}",
        "write the number without thousands separators: {plain}",
    ),
    "hint.bad_period": Text(
        "ví dụ: 2021-Q1, quý I/2021, 6 tháng đầu năm 2021, 9 tháng 2021, năm 2021",
        "e.g. 2021-Q1, quý I/2021, 6 tháng đầu năm 2021, 9 tháng 2021, năm 2021",
    ),
    "hint.bad_deadline": Text(
        "ví dụ: 31/3/2021; hoàn thành trong quý I/2021; định kỳ 3 tháng, 6 tháng, 9 tháng và năm; thường xuyên; kịp thời",
        "e.g. 31/3/2021; hoàn thành trong quý I/2021; định kỳ 3 tháng, 6 tháng, 9 tháng và năm; thường xuyên; kịp thời",
    ),
    "hint.did_you_mean": Text("có phải '{suggestion}'?", "did you mean '{suggestion}'?"),
    "hint.known_keys": Text("các khóa hợp lệ: {known}", "known keys: {known}"),
    "hint.missing_key": Text("thêm dòng '{key}: ...'", "add a line '{key}: ...'"),
    "hint.layout.missing_file": Text(
        "tạo tệp {name} trong thư mục kế hoạch (xem README)",
        "create {name} in the plan folder (see the README)",
    ),
    "hint.layout.assignment_file": Text(
        "đổi tên tệp thành {lead}.yaml, hoặc sửa khóa lead",
        "rename the file to {lead}.yaml, or fix its lead",
    ),
    "hint.layout.progress_path": Text(
        "đặt tệp ở progress/<kỳ>/<mã-đơn-vị>.yaml, ví dụ progress/2021-Q1/phong-noi-vu.yaml",
        "put it at progress/<period>/<unit-id>.yaml, e.g. progress/2021-Q1/phong-noi-vu.yaml",
    ),
    "hint.layout.unexpected_file": Text(
        "chuyển nó vào đúng thư mục (assignments/, progress/) hoặc xóa",
        "move it into assignments/ or progress/, or delete it",
    ),
    "hint.unique": Text("đổi một trong hai mã", "rename one of the two"),
    "hint.define_it": Text(
        "kiểm tra lại mã, hoặc khai báo {what} này", "check the id, or define this {what}"
    ),
    "hint.group_cycle": Text(
        "bỏ nhóm khỏi danh sách thành viên của chính nó", "remove the group from its own members"
    ),
    "hint.lead_is_coordinator": Text(
        "xóa '{unit}' khỏi coordinators", "remove '{unit}' from coordinators"
    ),
    "hint.remove_repeat": Text("xóa dòng lặp", "remove the repeated line"),
    "hint.period_reversed": Text("đổi chỗ start và end", "swap start and end"),
    "hint.outside_plan": Text("kiểm tra năm của ngày này", "check the year of this date"),
    "hint.check_date": Text("kiểm tra lại ngày của văn bản", "check the document's date"),
    "hint.beyond_period": Text(
        "sửa thời hạn, hoặc thêm 'beyond_period: true' nếu kế hoạch cho phép",
        "fix the deadline, or add 'beyond_period: true' if the plan allows it",
    ),
    "hint.move_record": Text(
        "chuyển bản ghi sang tệp của kỳ chứa ngày {date}, hoặc sửa ngày",
        "move the record to the file of the period holding {date}, or fix the date",
    ),
    "hint.add_reason": Text("thêm 'reason: ...'", "add 'reason: ...'"),
    "hint.add_occurrence": Text(
        "thêm 'occurrence:' là một trong {kinds}, ví dụ 2021-Q1",
        "add 'occurrence:' for one of {kinds}, e.g. 2021-Q1",
    ),
    "hint.remove_occurrence": Text("xóa dòng occurrence", "delete the occurrence line"),
    "hint.not_responsible": Text(
        "kiểm tra mã nhiệm vụ, hoặc thêm '{unit}' vào coordinators",
        "check the assignment id, or add '{unit}' to its coordinators",
    ),
    "hint.quote_exactly": Text(
        "chép đúng nguyên văn đoạn '{written}' như trong trường '{field}'",
        "quote '{written}' exactly as it stands in '{field}'",
    ),
    # Status, overdue, list, show
    "state.done": Text("hoàn thành", "done"),
    "state.done-late": Text("hoàn thành trễ hạn", "done late"),
    "state.in-progress": Text("đang thực hiện", "in progress"),
    "state.not-started": Text("chưa thực hiện", "not started"),
    "state.overdue": Text("quá hạn", "overdue"),
    "state.due-soon": Text("sắp đến hạn", "due soon"),
    "state.cancelled": Text("đã hủy", "cancelled"),
    "state.active": Text("đang duy trì", "active"),
    "state.gap": Text("chưa có hoạt động", "no activity"),
    "state.as-needed": Text("khi phát sinh", "as needed"),
    "status.as_of": Text("Tình hình đến ngày {date}", "Status as of {date}"),
    "status.clamped": Text(
        "kế hoạch đã hết thời gian; tính đến ngày sau hạn cuối cùng của kế hoạch",
        "the plan is over; evaluated on the day after its last due date",
    ),
    "status.overall": Text("Tiến độ chung", "Overall progress"),
    "status.done_of": Text(
        "{done}/{total} nhiệm vụ có thời hạn đã hoàn thành ({percent}%)",
        "{done} of {total} obligations with a deadline done ({percent}%)",
    ),
    "status.by_unit": Text("Theo đơn vị chủ trì", "By lead unit"),
    "status.by_section": Text("Theo mục của kế hoạch", "By section of the plan"),
    "status.most_overdue": Text("Quá hạn lâu nhất", "Most overdue"),
    "status.none_overdue": Text("Không có nhiệm vụ quá hạn.", "Nothing is overdue."),
    "status.lead_duties": Text("Nhiệm vụ chủ trì", "Duties it leads"),
    "status.coordinating": Text("Nhiệm vụ phối hợp", "Duties it coordinates"),
    "status.recent": Text("Hoạt động gần đây", "Recent activity"),
    "status.no_records": Text("Chưa ghi nhận kết quả thực hiện nào.", "No progress recorded yet."),
    "status.missing": Text("chưa có hoạt động trong {periods}", "no activity in {periods}"),
    "status.late_by": Text("trễ hạn {days} ngày", "{days} {days:day|days} late"),
    "status.unit_heading": Text("{name} ({id})", "{name} ({id})"),
    "status.section_items": Text(
        "{used}/{items} mục đã triển khai", "{used} of {items} items carried out"
    ),
    "col.unit": Text("Đơn vị", "Unit"),
    "col.done": Text("Hoàn thành/Tổng số", "Done/Total"),
    "col.overdue": Text("Quá hạn", "Overdue"),
    "col.due_soon": Text("Sắp đến hạn", "Due soon"),
    "col.gaps": Text("Chưa có hoạt động", "No activity"),
    "col.next_due": Text("Thời hạn tiếp theo", "Next deadline"),
    "col.section": Text("Mục", "Section"),
    "col.title": Text("Tên mục", "Title"),
    "col.summary": Text("Kết quả", "Result"),
    "col.assignment": Text("Nhiệm vụ", "Assignment"),
    "col.occurrence": Text("Kỳ báo cáo", "Period"),
    "col.due": Text("Thời hạn", "Due"),
    "col.state": Text("Tình trạng", "State"),
    "col.date": Text("Ngày", "Date"),
    "col.note": Text("Ghi chú", "Note"),
    "col.counts": Text("Số liệu", "Counts"),
    "show.heading": Text("Nhiệm vụ {id}", "Assignment {id}"),
    "show.section": Text("Mục", "Section"),
    "show.lead": Text("Đơn vị chủ trì", "Lead"),
    "show.coordinators": Text("Đơn vị phối hợp", "Coordinating"),
    "show.deadline": Text("Thời hạn", "Deadline"),
    "show.deadline_note": Text("Ghi chú về thời hạn", "About the deadline"),
    "show.role_note": Text("Ghi chú về vai trò", "About the roles"),
    "show.deliverable": Text("Sản phẩm", "Deliverable"),
    "show.related": Text("Nội dung, hình thức liên quan", "Related content and forms"),
    "show.corrections": Text("Sai sót trong văn bản", "Slips in the document"),
    "show.occurrences": Text("Tình trạng theo đơn vị và kỳ", "State by unit and period"),
    "show.records": Text("Bản ghi tiến độ", "Progress records"),
    "show.none": Text("(không có)", "(none)"),
    "overdue.none": Text(
        "Không có nhiệm vụ quá hạn đến ngày {date}.", "Nothing is overdue as of {date}."
    ),
    "list.none": Text("Không có nhiệm vụ nào khớp điều kiện.", "No obligation matches."),
    "cli.plan_invalid": Text(
        "kế hoạch có {errors} lỗi; hãy sửa trước (chạy 'cchc validate' để xem chi tiết)",
        "the plan has {errors} {errors:error|errors}; fix them first (run 'cchc validate' for details)",
    ),
    "cli.bad_date": Text(
        "'{value}' không phải là ngày; dùng 2021-06-30 hoặc 30/6/2021",
        "'{value}' is not a date; use 2021-06-30 or 30/6/2021",
    ),
    "cli.unknown_unit": Text(
        "không tìm thấy đơn vị '{value}'; có phải: {suggestions}?",
        "no unit '{value}'; closest: {suggestions}",
    ),
    "cli.ambiguous_unit": Text(
        "'{value}' khớp nhiều đơn vị: {matches}; hãy gõ rõ hơn hoặc dùng mã",
        "'{value}' matches several units: {matches}; be more specific or use the id",
    ),
    "cli.unknown_assignment": Text(
        "không tìm thấy nhiệm vụ '{value}'; có phải: {suggestions}?",
        "no assignment '{value}'; closest: {suggestions}",
    ),
    "cli.bad_choice": Text(
        "'{value}' không hợp lệ; dùng một trong: {choices}",
        "'{value}' is not valid; use one of: {choices}",
    ),
    # Help of the command line
    "help.app": Text(
        "Theo dõi kế hoạch (cải cách hành chính) lưu bằng YAML trong git.",
        "Follow a (administrative-reform) plan kept as YAML in git.",
    ),
    "help.opt.plan": Text(
        "Thư mục kế hoạch (mặc định: $CCHC_PLAN, rồi plan/).",
        "The plan folder (default: $CCHC_PLAN, then plan/).",
    ),
    "help.opt.lang": Text(
        "Ngôn ngữ: vi hoặc en (mặc định: $CCHC_LANG, rồi của kế hoạch).",
        "Language: vi or en (default: $CCHC_LANG, then the plan's).",
    ),
    "help.opt.as_of": Text(
        "Ngày đánh giá: 2021-06-30 hoặc 30/6/2021 (mặc định: hôm nay).",
        "The day to evaluate on: 2021-06-30 or 30/6/2021 (default: today).",
    ),
    "help.opt.unit": Text(
        "Đơn vị: mã, tên hoặc tên viết tắt, có dấu hay không dấu.",
        "A unit: id, name or short name, with or without diacritics.",
    ),
    "help.opt.window": Text(
        "Số ngày trước hạn được coi là sắp đến hạn.",
        "Days before a due date that count as due soon.",
    ),
    "help.arg.path": Text("Thư mục kế hoạch (như --plan).", "The plan folder (as --plan)."),
    "help.opt.format_validate": Text("text, json hoặc github.", "text, json or github."),
    "help.opt.strict": Text("Cảnh báo cũng là lỗi.", "Warnings fail too."),
    "help.validate": Text(
        "Kiểm tra mọi tệp của kế hoạch; in từng lỗi kèm tệp:dòng:cột và gợi ý sửa.",
        "Check every file of the plan; print each mistake with file:line:column and a hint.",
    ),
    "help.opt.format_status": Text("text hoặc json.", "text or json."),
    "help.status": Text(
        "Bảng tổng hợp: tiến độ chung, theo đơn vị, theo mục, các nhiệm vụ quá hạn.",
        "Dashboard: overall progress, by unit, by section, what is overdue.",
    ),
    "help.opt.format_table": Text("table, json hoặc csv.", "table, json or csv."),
    "help.opt.fail": Text(
        "Thoát với mã 4 nếu có việc quá hạn (mã 1: kế hoạch có lỗi).",
        "Exit with code 4 when anything is overdue (1: the plan has errors).",
    ),
    "help.overdue": Text(
        "Các nhiệm vụ quá hạn, trễ hạn lâu nhất trước.",
        "Overdue obligations, most days late first.",
    ),
    "help.opt.section": Text("Mục, ví dụ V.3 hoặc V.", "A section, e.g. V.3 or V."),
    "help.opt.due_before": Text(
        "Hạn trước ngày này, không tính ngày này (cách cũ; nên dùng --due-to).",
        "Due before this day, not on it (older option; prefer --due-to).",
    ),
    "help.opt.due_after": Text(
        "Hạn sau ngày này, không tính ngày này (cách cũ; nên dùng --due-from).",
        "Due after this day, not on it (older option; prefer --due-from).",
    ),
    "help.list": Text(
        "Liệt kê các nhiệm vụ theo đơn vị, mục, tình trạng, thời hạn.",
        "List obligations by unit, section, state and due date.",
    ),
    "help.arg.assignment": Text("Mã nhiệm vụ, ví dụ V.3.1.", "An assignment id, e.g. V.3.1."),
    "help.show": Text(
        "Mọi thông tin về một nhiệm vụ: nội dung, đơn vị, thời hạn, tình trạng, bản ghi.",
        "Everything about one assignment: text, units, deadline, state, records.",
    ),
    # CLI
    "cli.validate.ok": Text(
        "Kế hoạch hợp lệ: {files} tệp, {assignments} nhiệm vụ, {records} bản ghi tiến độ.",
        "The plan is valid: {files} {files:file|files}, {assignments} {assignments:assignment|assignments}, {records} progress {records:record|records}.",
    ),
    "cli.validate.summary": Text(
        "{errors} lỗi, {warnings} cảnh báo.",
        "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}.",
    ),
    "cli.plan_not_found": Text(
        "không tìm thấy thư mục kế hoạch (plan/) tại {where} hay thư mục cha; dùng --plan DIR hoặc đặt CCHC_PLAN",
        "no plan folder (plan/) in {where} or its parents; use --plan DIR or set CCHC_PLAN",
    ),
    "cli.not_a_folder": Text(
        "{path} không phải là thư mục kế hoạch", "{path} is not a plan folder"
    ),
    "cli.bad_format": Text(
        "định dạng '{value}' không hỗ trợ; dùng một trong: {choices}",
        "format '{value}' is not supported; use one of: {choices}",
    ),
    "cli.bad_lang": Text(
        "ngôn ngữ '{value}' không hỗ trợ; dùng vi hoặc en",
        "language '{value}' is not supported; use vi or en",
    ),
    "cli.bug": Text(
        "lỗi nội bộ của cchc ({detail}); xin báo lại kèm lệnh đã chạy",
        "internal error in cchc ({detail}); please report it with the command you ran",
    ),
    # --- model (issue 6: calendar, flows, obligations) ---
    "schema.too_large": Text("{value} lớn hơn {maximum}", "{value} is more than {maximum}"),
    "hint.too_large": Text("dùng số từ {maximum} trở xuống", "use {maximum} or less"),
    "schema.due_rule": Text(
        "hạn báo cáo cần đúng một trong hai khóa days_after_end, day_of_last_month",
        "a report's due rule needs exactly one of days_after_end, day_of_last_month",
    ),
    "hint.due_rule": Text(
        "viết 'due: {{days_after_end: 5}}' (số ngày sau khi hết kỳ, có thể âm) hoặc 'due: {{day_of_last_month: 10}}'",
        "write 'due: {{days_after_end: 5}}' (days after the period ends, may be negative) or 'due: {{day_of_last_month: 10}}'",
    ),
    "schema.deadline_year": Text(
        "thời hạn '{value}' không ghi năm, mà kế hoạch kéo dài nhiều năm",
        "the deadline '{value}' names no year, and the plan runs over several years",
    ),
    "hint.deadline_year": Text(
        "ghi rõ năm, ví dụ 'quý I/2022', 'năm 2022'",
        "write the year, e.g. 'quý I/2022', 'năm 2022'",
    ),
    "deadline.before_issue": Text(
        "thời hạn '{text}' đã qua trước ngày ban hành kế hoạch ({date})",
        "deadline '{text}' falls before the plan's date of issue ({date})",
    ),
    "hint.deadline_before_issue": Text(
        "kiểm tra lại thời hạn (năm, quý) như văn bản ghi",
        "check the deadline (year, quarter) against the document",
    ),
    "hint.part_deadline": Text(
        "ghi 'deadline' cho phần này, hoặc 'flow' nếu đó là một báo cáo",
        "give this part a 'deadline', or a 'flow' if it is a report",
    ),
    "record.needs_part": Text(
        "nhiệm vụ {assignment} có nhiều phần; bản ghi cần ghi 'part' ({parts})",
        "{assignment} has parts; the record needs 'part' ({parts})",
    ),
    "record.unknown_part": Text(
        "nhiệm vụ {assignment} không có phần '{part}' ({parts})",
        "{assignment} has no part '{part}' ({parts})",
    ),
    "hint.record_part": Text(
        "ghi 'part:' là mã một phần của nhiệm vụ", "set 'part:' to the id of one of its parts"
    ),
    "binding.part_twice": Text(
        "phần '{part}' được khai báo hai lần trong nhiệm vụ", "the part '{part}' is defined twice"
    ),
    "hint.part_twice": Text(
        "đặt cho mỗi phần của nhiệm vụ một mã riêng", "give each part of the assignment its own id"
    ),
    "binding.validity_reversed": Text(
        "đơn vị '{unit}' hết hiệu lực ({end}) trước khi có hiệu lực ({start})",
        "unit '{unit}' ends ({end}) before it starts ({start})",
    ),
    "hint.validity_reversed": Text(
        "kiểm tra valid_from và valid_until", "check valid_from and valid_until"
    ),
    "binding.exclude_not_member": Text(
        "nhóm '{group}' loại trừ '{unit}', vốn không thuộc nhóm",
        "the group '{group}' excludes '{unit}', which is not among its members",
    ),
    "hint.exclude_not_member": Text(
        "xóa '{unit}' khỏi exclude, hoặc kiểm tra danh sách members",
        "remove '{unit}' from exclude, or check the members",
    ),
    "binding.co_lead": Text(
        "'{unit}' là đơn vị chủ trì hoặc phối hợp của {assignment}, không thể đồng thời cùng chủ trì",
        "'{unit}' leads or coordinates {assignment}; it cannot also be a co-lead",
    ),
    "hint.co_lead": Text(
        "xóa '{unit}' khỏi co_leads (hoặc khỏi coordinators)",
        "remove '{unit}' from co_leads (or from coordinators)",
    ),
    "binding.cancel_occurrence": Text(
        "{assignment} không có kỳ {occurrence} để hủy (các kỳ: {periods})",
        "{assignment} has no occurrence {occurrence} to cancel (its periods: {periods})",
    ),
    "hint.cancel_occurrence": Text(
        "ghi 'occurrence' là một kỳ của nhiệm vụ, hoặc bỏ 'occurrence' để hủy cả nhiệm vụ",
        "name one of its periods, or leave 'occurrence' out to cancel it whole",
    ),
    "flow.not_sender": Text(
        "{assignment} báo cáo theo luồng '{flow}', nhưng đơn vị chủ trì '{unit}' không thuộc bên gửi '{sender}' của luồng",
        "{assignment} reports in the flow '{flow}', but its lead '{unit}' is not among the flow's senders ('{sender}')",
    ),
    "hint.flow_not_sender": Text(
        "kiểm tra 'from' của luồng báo cáo, hoặc 'flow' của nhiệm vụ",
        "check the flow's 'from', or the duty's 'flow'",
    ),
    "flow.twice": Text(
        "luồng báo cáo '{flow}' được khai báo hai lần",
        "the reporting flow '{flow}' is defined twice",
    ),
    "hint.flow_twice": Text(
        "đặt cho mỗi luồng báo cáo một mã riêng", "give each reporting flow its own id"
    ),
    "flow.no_periods": Text(
        "luồng báo cáo '{flow}' không có kỳ báo cáo nào",
        "the reporting flow '{flow}' reports on no period",
    ),
    "hint.flow_periods": Text(
        "ghi các kỳ, ví dụ 'periods: [Q1, H1, 9M, Y]'",
        "list its periods, e.g. 'periods: [Q1, H1, 9M, Y]'",
    ),
    "flow.to_group": Text(
        "luồng báo cáo '{flow}' gửi đến nhóm '{unit}'; báo cáo chỉ gửi đến một đơn vị",
        "the reporting flow '{flow}' goes to the group '{unit}'; a report goes to one unit",
    ),
    "hint.flow_to_group": Text(
        "ghi ở 'to' mã của đơn vị nhận báo cáo (ví dụ UBND), không phải một nhóm",
        "put the id of the unit that receives the reports in 'to', not a group",
    ),
    "flow.unknown": Text(
        "không có luồng báo cáo nào mang mã '{flow}'", "no reporting flow has the id '{flow}'"
    ),
    "hint.flow_known": Text(
        "dùng một mã trong reporting.flows của plan.yaml: {known}",
        "use an id of reporting.flows in plan.yaml: {known}",
    ),
    "flow.which": Text(
        "nhiệm vụ {assignment} báo cáo 'theo kỳ báo cáo' nhưng kế hoạch không có đúng một luồng báo cáo",
        "{assignment} reports 'every reporting period' but the plan does not have exactly one reporting flow",
    ),
    # --- document (issue 6: document fields, targets, funding) ---
    "type.number": Text(
        "một số viết bằng chữ số (1500, 92,5)", "a number written in digits (1500, 92,5)"
    ),
    "type.citation": Text(
        "một dòng căn cứ hoặc {{text, refs}}", "a line of text or a citation {{text, refs}}"
    ),
    "type.issue_date": Text(
        "một ngày, hoặc tháng (03/2021) hay năm (2021) nếu chỉ biết đến đó",
        "a date, or a month (03/2021) or a year (2021) when only that is known",
    ),
    "kind.target": Text("chỉ tiêu", "target"),
    "measure.percent": Text("tỷ lệ phần trăm", "percentage"),
    "measure.count": Text("số lượng", "count"),
    "measure.rank": Text("thứ hạng", "rank"),
    "number.grouped": Text(
        "'{value}' có dấu phân cách hàng nghìn hoặc thập phân không rõ",
        "'{value}' has a thousands separator or an ambiguous decimal mark",
    ),
    "number.not_number": Text("'{value}' không phải là một số", "'{value}' is not a number"),
    "number.not_whole": Text("'{value}' không phải số nguyên", "'{value}' is not a whole number"),
    "hint.number_grouped": Text(
        "viết {plain}, không có dấu phân cách hàng nghìn; số thập phân viết dấu phẩy, như 92,5",
        "write {plain}, without a thousands separator; write a decimal with a comma, as 92,5",
    ),
    "hint.number": Text(
        "chỉ viết chữ số, như 1500 hoặc 92,5 (không có %, đơn vị hay dấu cách)",
        "write digits only, as 1500 or 92,5 (no %, unit or spaces)",
    ),
    "hint.number_whole": Text("viết một số nguyên, như 1500", "write a whole number, as 1500"),
    "hint.choices_only": Text("dùng một trong: {choices}", "use one of: {choices}"),
    "target.misfit": Text(
        "giá trị {value} của chỉ tiêu '{target}' không phải một {measure} hợp lệ",
        "value {value} of target '{target}' is not a valid {measure}",
    ),
    "hint.target_percent": Text(
        "tỷ lệ phần trăm nằm trong khoảng 0 đến 100", "a percentage lies between 0 and 100"
    ),
    "hint.target_count": Text(
        "số lượng là số nguyên, từ 0 trở lên", "a count is a whole number, 0 or more"
    ),
    "hint.target_rank": Text(
        "thứ hạng là số nguyên, từ 1 trở lên (hạng 1 là cao nhất)",
        "a rank is a whole number from 1 (1 is the best)",
    ),
    "funding.year_outside": Text(
        "dòng kinh phí năm {year} nằm ngoài thời gian của kế hoạch ({first}-{last})",
        "funding line for {year} is outside the plan's period ({first}-{last})",
    ),
    "hint.funding_year": Text(
        "kiểm tra năm, hoặc sửa 'period' của kế hoạch",
        "check the year, or the plan's 'period'",
    ),
    "provenance.no_signer": Text("người ký không có tên", "the signer has no name"),
    "hint.signer_unknown": Text(
        "thêm 'name: ...', hoặc ghi 'provenance: unknown' nếu chưa biết người ký",
        "add 'name: ...', or 'provenance: unknown' while the signer is not known",
    ),
    "group.size_mismatch": Text(
        "nhóm '{group}' ghi size {size} nhưng liệt kê {listed} thành viên",
        "group '{group}' states size {size} but lists {listed} members",
    ),
    "hint.group_size": Text(
        "size không nhỏ hơn số thành viên đã liệt kê; nhóm đã liệt kê đủ (complete: true) thì "
        "size bằng số thành viên",
        "size is at least the members listed; a complete group (complete: true) lists exactly "
        "size members",
    ),
    "status.targets": Text("Chỉ tiêu", "Targets"),
    "status.groups": Text(
        "Nhiệm vụ giao cho nhóm (đã thực hiện/tổng số)", "Duties of groups (done/size)"
    ),
    "col.target": Text("Chỉ tiêu", "Target"),
    "col.goal": Text("Mục tiêu", "Goal"),
    "col.latest": Text("Kết quả gần nhất", "Latest value"),
    "target.rank_goal": Text("hạng {rank} trở lên", "rank {rank} or better"),
    "target.state.met": Text("đạt", "met"),
    "target.state.not_met": Text("chưa đạt", "not yet met"),
    "target.state.missed": Text("không đạt (đã đến hạn)", "missed (due)"),
    "target.state.not_measured": Text("chưa có số liệu", "not measured"),
    "enactment.no_number": Text(
        "kế hoạch không có số, cũng không có quyết định ban hành",
        "the plan has neither a number nor an enacting decision",
    ),
    "hint.enactment": Text(
        "thêm 'number: 57/KH-UBND', hoặc 'enacted_by: {{type: QĐ, number: ..., date: ...}}'",
        "add 'number: 57/KH-UBND', or 'enacted_by: {{type: QĐ, number: ..., date: ...}}'",
    ),
    # --- views (issue 6 and 8: selection, dashboard, list) ---
    "views.unknown_section": Text(
        "không có mục '{value}'; gần giống: {suggestions}",
        "there is no section '{value}'; closest: {suggestions}",
    ),
    "views.plan_heading": Text(
        "{kind} số {number} {date} của {issuer}", "{kind} No. {number} of {date}, {issuer}"
    ),
    "views.plan_heading_enacted": Text(
        "{kind} ban hành kèm theo {decision} số {number} {date} của {issuer}",
        "{kind} attached to {decision} No. {number} of {date}, {issuer}",
    ),
    "views.common_next": Text(
        "Hạn tiếp theo chung của các đơn vị: {date}, nhiệm vụ {id}",
        "Next deadline shared by every unit: {date}, assignment {id}",
    ),
    "views.left_out": Text(
        "cchc: {count} tệp có lỗi đã bị bỏ qua, số liệu dưới đây không tính các tệp này; sửa "
        "lỗi rồi chạy 'cchc validate' để kiểm tra:",
        "cchc: files with errors left out: {count}; the figures below do not count them; fix "
        "them and run 'cchc validate':",
    ),
    "views.output_format": Text(
        "không biết ghi {path} theo định dạng nào; đặt tên tệp đuôi .csv hoặc .json, hoặc "
        "thêm --format csv",
        "cannot tell which format to write {path} in; name it .csv or .json, or add --format csv",
    ),
    "views.written": Text(
        "Đã ghi {count} nhiệm vụ vào {path}.", "Wrote {count} obligations to {path}."
    ),
    "views.help.output": Text(
        "Ghi ra tệp (.csv mở được bằng Excel, hoặc .json) thay vì in ra màn hình.",
        "Write to a file (.csv that Excel opens, or .json) instead of printing.",
    ),
    "views.more": Text("+{count} nữa", "+{count} more"),
    "views.activity": Text("Hoạt động đã ghi nhận", "Activity recorded"),
    "views.col.activity": Text("Hoạt động", "Activity"),
    "views.col.total": Text("Tổng cộng", "Total"),
    "views.col.lead": Text("Đơn vị chủ trì", "Lead unit"),
    "views.help.state": Text(
        "Chỉ giữ các nhiệm vụ ở tình trạng này (nhiều tình trạng cách nhau bằng dấu phẩy; viết có "
        "dấu hay không dấu đều được): {states}.",
        "Keep obligations in this state (several separated by commas; Vietnamese names with "
        "or without diacritics work too): {states}.",
    ),
    "views.help.due_from": Text(
        "Hạn từ ngày này trở đi (tính cả ngày này).", "Due on or after this day."
    ),
    "views.help.due_to": Text(
        "Hạn đến hết ngày này (tính cả ngày này).", "Due on or before this day."
    ),
    # --- report (issue 7) ---
    "report.data_period": Text(
        "Số liệu báo cáo tính từ ngày {first} đến ngày {last}",
        "Figures cover {first} to {last}",
    ),
    "report.data_period_state": Text(
        "; tình trạng các nhiệm vụ tính đến ngày {day}", "; the state of duties is as of {day}"
    ),
    "help.report": Text(
        "Lập báo cáo quý, 6 tháng, 9 tháng, năm (Markdown hoặc Word) theo mẫu trong templates/.",
        "Write the quarterly, half-year, 9-month or annual report (Markdown or Word) from templates/.",
    ),
    "help.opt.quarter": Text("Quý 1-4 (báo cáo quý).", "Quarter 1-4 (a quarterly report)."),
    "help.opt.year": Text("Năm của kỳ báo cáo.", "The year of the period."),
    "help.opt.period": Text(
        "Kỳ báo cáo: Q1..Q4, H1, 9M, Y hoặc 2021-H1.", "The period: Q1..Q4, H1, 9M, Y or 2021-H1."
    ),
    "help.opt.report_unit": Text(
        "Báo cáo riêng của một đơn vị (nhóm: mỗi thành viên một báo cáo vào thư mục -o).",
        "One unit's own report (a group: one report per member into the -o folder).",
    ),
    "help.opt.report_format": Text(
        "md hoặc docx (mặc định theo phần mở rộng của -o; md ra màn hình khi không có -o).",
        "md or docx (default from -o's extension; md to standard output without -o).",
    ),
    "help.opt.output": Text("Tệp hoặc thư mục ghi báo cáo.", "The file or folder to write to."),
    "help.opt.template": Text(
        "Mẫu riêng (.md.j2 hoặc .docx).", "Your own template (.md.j2 or .docx)."
    ),
    "help.opt.number": Text(
        "Số văn bản, ví dụ 12 hoặc 12/BC-UBND.", "Document number, e.g. 12 or 12/BC-UBND."
    ),
    "help.opt.report_date": Text("Ngày ban hành báo cáo.", "Date of the report."),
    "help.opt.signer": Text(
        "Người ký: 'Tên', 'CHỨC VỤ|Tên' hoặc 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Tên'.",
        "Signer: 'Name', 'TITLE|Name' or 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Name'.",
    ),
    "help.opt.place": Text("Địa danh ở dòng ngày tháng.", "Place name of the date line."),
    "report.no_period": Text(
        "chưa chọn kỳ báo cáo; dùng --quarter 1..4 hoặc --period Q1|H1|9M|Y|2021-H1",
        "no period chosen; use --quarter 1..4 or --period Q1|H1|9M|Y|2021-H1",
    ),
    "report.two_periods": Text(
        "chỉ dùng một trong --quarter và --period", "use either --quarter or --period, not both"
    ),
    "report.bad_quarter": Text(
        "quý '{value}' không hợp lệ; dùng 1, 2, 3 hoặc 4",
        "quarter '{value}' is invalid; use 1, 2, 3 or 4",
    ),
    "report.bad_period": Text(
        "kỳ '{value}' không hợp lệ; dùng Q1..Q4, H1, H2, 9M, Y hoặc 2021-H1",
        "period '{value}' is invalid; use Q1..Q4, H1, H2, 9M, Y or 2021-H1",
    ),
    "report.period_outside": Text(
        "{period} không thuộc thời gian thực hiện kế hoạch (có hiệu lực từ {start} đến {end}); chọn kỳ khác hoặc --year",
        "{period} does not belong to the plan (in force from {start} to {end}); choose another period or --year",
    ),
    "report.period_not_reported": Text(
        "luồng báo cáo không có kỳ {period} (chỉ báo cáo: {periods}); chọn --period trong các kỳ đó",
        "the reporting flow has no {period} report (it reports: {periods}); choose one of those with --period",
    ),
    "report.unit_no_duties": Text(
        "đơn vị '{unit}' không có nhiệm vụ nào trong kế hoạch; kiểm tra --unit",
        "unit '{unit}' has no duties in the plan; check --unit",
    ),
    "report.bad_format": Text(
        "không biết định dạng của '{path}'; dùng đuôi .md hoặc .docx, hoặc --format md|docx",
        "cannot tell the format of '{path}'; use a .md or .docx name, or --format md|docx",
    ),
    "report.group_needs_folder": Text(
        "'{unit}' là nhóm đơn vị: mỗi đơn vị một báo cáo, cần -o là một thư mục đã có",
        "'{unit}' is a group: one report per member, so -o must be an existing folder",
    ),
    "report.written": Text("Đã ghi báo cáo: {path}", "Report written: {path}"),
    "report.template_unreadable": Text(
        "không đọc được mẫu {path} ({detail}); kiểm tra đường dẫn --template",
        "cannot read template {path} ({detail}); check the --template path",
    ),
    "report.template_not_docx": Text(
        "mẫu {path} không phải tệp Word .docx ({detail})",
        "template {path} is not a Word .docx file ({detail})",
    ),
    "report.template_failed": Text(
        "{path}: lỗi mẫu báo cáo: {detail}", "{path}: template error: {detail}"
    ),
    "report.template_failed_at": Text(
        "{path}:{line}: lỗi mẫu báo cáo: {detail}", "{path}:{line}: template error: {detail}"
    ),
    "report.output_no_folder": Text(
        "không ghi được {path}: thư mục {folder} không tồn tại; tạo thư mục trước",
        "cannot write {path}: folder {folder} does not exist; create it first",
    ),
    "report.output_not_folder": Text(
        "không ghi được {path}: {folder} không phải là thư mục",
        "cannot write {path}: {folder} is not a folder",
    ),
    "report.output_is_folder": Text(
        "không ghi được {path}: đó là một thư mục", "cannot write {path}: it is a folder"
    ),
    "report.output_failed": Text(
        "không ghi được {path} ({detail}); kiểm tra quyền ghi của thư mục",
        "cannot write {path} ({detail}); check that the folder is writable",
    ),
    "report.state.done": Text("Hoàn thành", "Done"),
    "report.state.done_late": Text("Hoàn thành trễ hạn", "Done late"),
    "report.state.in_progress": Text("Đang thực hiện", "In progress"),
    "report.state.not_due": Text("Chưa đến hạn", "Not yet due"),
    "report.state.not_started": Text("Chưa triển khai", "Not started"),
    "report.state.overdue": Text("Quá hạn", "Overdue"),
    "report.state.due_soon": Text("Sắp đến hạn", "Due soon"),
    "report.state.cancelled": Text("Không thực hiện (đã hủy)", "Cancelled"),
    "report.state.active": Text("Thực hiện thường xuyên", "Carried on"),
    "report.state.gap": Text("Có quý chưa có hoạt động", "Quarters without activity"),
    "report.state.as_needed": Text("Thực hiện khi phát sinh", "Done as needed"),
    "report.days_late": Text("trễ hạn {days} ngày", "{days} {days:day|days} late"),
    "report.overdue_days": Text("quá hạn {days} ngày", "{days} {days:day|days} overdue"),
    "report.target.met": Text("Đạt", "Met"),
    "report.target.not_met": Text("Chưa đạt", "Not yet met"),
    "report.target.missed": Text("Không đạt", "Missed"),
    "report.target.not_measured": Text("Chưa có số liệu", "Not measured yet"),
    "report.group_done": Text("đã hoàn thành {progress}", "done by {progress}"),
    "report.why_overdue": Text("Quá hạn {days} ngày", "Overdue by {days} {days:day|days}"),
    "report.why_due": Text("Đến hạn trong kỳ tới", "Falls due next period"),
    "report.directing": Text(
        "Trong kỳ, đã ban hành {count} văn bản chỉ đạo, triển khai thực hiện Kế hoạch:",
        "In the period, {count} documents were issued to direct and carry out the plan:",
    ),
    "report.summary": Text(
        "Tính đến ngày {day}, có {total} nhiệm vụ, trong đó {dated} có thời hạn; đã hoàn thành {done}/{dated} ({percent}%). Tình trạng: {states}.",
        "As of {day}, there are {total} obligations, {dated} of them dated; {done}/{dated} are done ({percent}%). States: {states}.",
    ),
    "report.group.late": Text("a) Nhiệm vụ hoàn thành trễ hạn", "a) Duties done late"),
    "report.group.overdue": Text("b) Nhiệm vụ quá hạn", "b) Overdue duties"),
    "report.group.not_started": Text(
        "c) Nhiệm vụ thường xuyên chưa triển khai", "c) Standing duties not started"
    ),
    "report.short.late": Text(
        "Có {count} nhiệm vụ hoàn thành trễ hạn.", "{count} duties were done late."
    ),
    "report.short.overdue": Text("Còn {count} nhiệm vụ quá hạn.", "{count} duties are overdue."),
    "report.short.not_started": Text(
        "Còn {count} nhiệm vụ thường xuyên chưa triển khai.",
        "{count} standing duties have not started.",
    ),
    # Long lists summarised per unit (cchc.report_lists)
    "report.more.documents": Text(
        "… và {count} văn bản khác", "… and {count} more {count:document|documents}"
    ),
    "report.more.duties": Text(
        "… và {count} nhiệm vụ khác", "… and {count} more {count:duty|duties}"
    ),
    "report.more.units": Text("… và {count} đơn vị khác", "… and {count} more {count:unit|units}"),
    "report.more.notes": Text(
        "… và {count} nội dung khác", "… and {count} more {count:note|notes}"
    ),
    "report.directing_by_unit": Text(
        "Trong kỳ, {units} cơ quan, đơn vị đã ban hành {count} văn bản chỉ đạo, triển khai thực hiện Kế hoạch; tổng hợp theo đơn vị (mỗi đơn vị nêu tối đa {shown} văn bản ban hành sớm nhất):",
        "In the period, {units} units issued {count} documents to direct and carry out the plan; by unit (each with at most {shown} of its earliest documents):",
    ),
    "report.by_unit.late": Text(
        "Tổng số {count} nhiệm vụ tại {units} cơ quan, đơn vị; tổng hợp theo đơn vị (mỗi đơn vị nêu tối đa {shown} nhiệm vụ, trễ hạn lâu nhất trước):",
        "{count} duties at {units} units, by unit (each with at most {shown} duties, the longest late first):",
    ),
    "report.by_unit.plain": Text(
        "Tổng số {count} nhiệm vụ tại {units} cơ quan, đơn vị; tổng hợp theo đơn vị (mỗi đơn vị nêu tối đa {shown} nhiệm vụ):",
        "{count} duties at {units} units, by unit (each with at most {shown} duties):",
    ),
    # --- clerk (issue 8: record, CLI words) ---
    # (keys of this area)
    "help.opt.version": Text("In số phiên bản rồi thoát.", "Print the version and exit."),
    # Messages that lead to the fix (read errors and values)
    "type.empty": Text("giá trị trống", "an empty value"),
    "schema.date_format": Text(
        "'{value}' không phải là ngày viết theo cách cchc đọc được",
        "'{value}' is not a date in a form cchc reads",
    ),
    "yaml.missing_dash": Text(
        "khóa '{key}' lặp lại trong cùng một mục (đã có ở dòng {first_line}): có lẽ mục mới thiếu dấu '- ' ở đầu",
        "'{key}' appears twice in one item (first at line {first_line}): the next item is probably missing its '- '",
    ),
    "hint.yaml.missing_dash": Text(
        "thêm '- ' trước '{key}:' ở dòng này, thẳng cột với dấu '- ' của mục trên",
        "put '- ' before '{key}:' on this line, in the column of the '- ' above",
    ),
    "yaml.colon_in_text": Text(
        "đoạn chữ có dấu ': ' (hai chấm rồi dấu cách) nên YAML hiểu nhầm là một khóa mới",
        "the text holds ': ' (a colon and a space), which YAML takes for a new key",
    ),
    "hint.yaml.colon_in_text": Text(
        'đặt cả đoạn chữ trong dấu nháy kép, ví dụ: note: "Kết quả: đạt"',
        'put the whole text in double quotes, e.g. note: "Result: passed"',
    ),
    "yaml.expected_colon": Text(
        "dòng này thiếu dấu ':' sau khóa", "this line has no ':' after its key"
    ),
    "hint.yaml.expected_colon": Text(
        "viết 'khóa: giá trị'; nếu dòng này nối tiếp đoạn chữ ở dòng trên, thụt lề nó sâu hơn khóa",
        "write 'key: value'; if the line continues the text above, indent it deeper than the key",
    ),
    "yaml.bad_indent": Text(
        "dòng này không khớp với cấu trúc bên trên (thụt lề, hoặc chữ viết sau dấu nháy đóng)",
        "this line does not fit the structure above (indentation, or text after a closing quote)",
    ),
    "hint.yaml.bad_indent": Text(
        "các khóa của một mục phải thẳng cột với nhau, các mục của danh sách bắt đầu bằng '- ' ở cùng một cột; nếu có dấu nháy, đặt cả đoạn chữ trong dấu nháy",
        "keys of one item line up and list items start with '- ' in the same column; if there are quotes, quote the whole text",
    ),
    "yaml.unclosed_quote": Text(
        "dấu nháy mở ở đây chưa được đóng", "the quote opened here is never closed"
    ),
    "hint.yaml.unclosed_quote": Text(
        "thêm dấu nháy đóng ở cuối đoạn chữ", "add the closing quote at the end of the text"
    ),
    "yaml.unclosed_bracket": Text(
        "dấu ngoặc mở ở đây chưa được đóng", "the bracket opened here is never closed"
    ),
    "hint.yaml.unclosed_bracket": Text(
        "đóng ngoặc bằng ] hoặc }}, và ngăn các phần tử bằng dấu phẩy",
        "close it with ] or }}, and separate the items with commas",
    ),
    "yaml.bad_start": Text(
        "giá trị không được bắt đầu bằng ký tự này", "a value cannot start with this character"
    ),
    "yaml.bad_escape": Text(
        "trong dấu nháy kép, dấu '\\' bắt đầu một ký tự đặc biệt mà YAML không biết",
        "inside double quotes, '\\' starts an escape YAML does not know",
    ),
    "hint.yaml.bad_escape": Text(
        "dùng nháy đơn ('...') cho đoạn chữ có dấu '\\' (ví dụ đường dẫn Windows), hoặc viết '\\\\'",
        "use single quotes ('...') for text with '\\' (e.g. a Windows path), or write '\\\\'",
    ),
    "hint.yaml.bad_start": Text("đặt giá trị trong dấu nháy kép", "put the value in double quotes"),
    # cchc lookup
    "help.lookup": Text(
        "Tra cứu mã để gõ: units (đơn vị, nhóm và thành viên), duties (nhiệm vụ), kinds (loại hoạt động), periods (kỳ), forms (nội dung, hình thức mục II).",
        "Look up what to type: units (groups with members), duties, kinds (activity kinds), periods, forms (items of section II).",
    ),
    "help.arg.lookup": Text(
        "units, duties, kinds, periods hoặc forms (hoặc don-vi, nhiem-vu, loai, ky, hinh-thuc).",
        "units, duties, kinds, periods or forms.",
    ),
    "lookup.bad_topic": Text(
        "không có mục tra cứu '{value}'; dùng một trong: {choices}",
        "nothing to look up called '{value}'; use one of: {choices}",
    ),
    # cchc record
    "help.record": Text(
        "Ghi một kết quả thực hiện nhiệm vụ vào đúng tệp tiến độ, không cần sửa YAML bằng tay.",
        "Add one progress record to the right progress file, without editing YAML by hand.",
    ),
    "help.arg.record_assignment": Text(
        "Nhiệm vụ: mã (V.1.5) hoặc vài chữ trong nội dung, có dấu hay không dấu.",
        "The assignment: its id (V.1.5) or words of its text, with or without diacritics.",
    ),
    "help.opt.record_unit": Text(
        'Đơn vị báo cáo: mã, tên hoặc tên viết tắt ("noi vu").',
        'The reporting unit: id, name or short name ("noi vu").',
    ),
    "help.opt.record_state": Text(
        "Tình trạng: hoan-thanh (done), dang-thuc-hien (in-progress), chua-bat-dau (not-started), huy (cancelled).",
        "State: done, in-progress, not-started, cancelled (Vietnamese words accepted).",
    ),
    "help.opt.record_date": Text(
        'Ngày thực hiện: 20/3/2021, 2021-03-20 hoặc "hôm nay".',
        'The day it happened: 20/3/2021, 2021-03-20 or "today".',
    ),
    "help.opt.occurrence": Text(
        "Kỳ báo cáo của nhiệm vụ định kỳ (2021-Q1, quý I/2021); mặc định: kỳ sớm nhất chưa hoàn thành.",
        "The occurrence of a recurring duty (2021-Q1); default: the earliest not yet done.",
    ),
    "help.opt.count": Text(
        'Số liệu "loại hoạt động=số", ví dụ "tin bai web=4"; lặp lại cho nhiều loại.',
        'A count "activity kind=number", e.g. "tin bai web=4"; repeat for several.',
    ),
    "help.opt.form": Text(
        "Nội dung hoặc hình thức của mục II đã thực hiện, ví dụ II.1.2.d; có thể lặp lại.",
        "A content or form item of section II carried out, e.g. II.1.2.d; may repeat.",
    ),
    "help.opt.evidence": Text(
        "Văn bản làm căn cứ, ví dụ 45/BC-PNV; có thể lặp lại.",
        "A document as evidence, e.g. 45/BC-PNV; may repeat.",
    ),
    "help.opt.note": Text("Ghi chú.", "A note."),
    "help.opt.reason": Text("Lý do (bắt buộc khi hủy).", "The reason (required when cancelled)."),
    "help.opt.dry_run": Text(
        "Chỉ in đoạn YAML sẽ thêm, không ghi tệp.", "Print the YAML it would add; write nothing."
    ),
    "record.field.unit": Text("đơn vị", "the unit"),
    "record.field.assignment": Text("nhiệm vụ", "the assignment"),
    "record.field.state": Text("tình trạng", "the state"),
    "record.field.date": Text("ngày thực hiện", "the date"),
    "record.field.reason": Text("lý do hủy", "the reason for cancelling"),
    "record.missing": Text(
        "thiếu {field}: thêm {option} (hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi)",
        "{field} is missing: add {option} (or run it in a terminal to be asked)",
    ),
    "record.bad_state": Text(
        "không hiểu tình trạng '{value}'; dùng: hoan-thanh, dang-thuc-hien, chua-bat-dau, huy ({choices})",
        "unknown state '{value}'; use one of: {choices}",
    ),
    "record.bad_date": Text(
        "'{value}' không phải là ngày; viết 20/3/2021, 2021-03-20 hoặc \"hôm nay\"",
        "'{value}' is not a date; write 20/3/2021, 2021-03-20 or \"today\"",
    ),
    "record.unknown_kind": Text(
        "không có loại hoạt động '{value}'; các loại: {choices} (xem 'cchc lookup kinds')",
        "no activity kind '{value}'; kinds: {choices} (see 'cchc lookup kinds')",
    ),
    "record.ambiguous_kind": Text(
        "'{value}' khớp nhiều loại hoạt động: {matches}; gõ rõ hơn hoặc dùng mã",
        "'{value}' matches several activity kinds: {matches}; be more specific or use the id",
    ),
    "record.bad_count": Text(
        'số liệu \'{value}\' phải có dạng "loại hoạt động=số", ví dụ "tin bai web=4"',
        'count \'{value}\' must read "activity kind=number", e.g. "tin bai web=4"',
    ),
    "record.bad_count_number": Text(
        "số liệu của '{name}' phải là số nguyên, không phải '{value}' (ví dụ 1500 hoặc 1.500)",
        "the count of '{name}' must be a whole number, not '{value}' (e.g. 1500)",
    ),
    "record.unknown_form": Text(
        "không có nội dung, hình thức '{value}' ở mục II (xem 'cchc lookup forms')",
        "no content or form item '{value}' in section II (see 'cchc lookup forms')",
    ),
    "record.group_unit": Text(
        "'{value}' là một nhóm; mỗi đơn vị trong nhóm ghi tệp riêng: chọn một trong {members}",
        "'{value}' is a group; each member keeps its own file: name one of {members}",
    ),
    "record.not_involved": Text(
        "đơn vị '{unit}' không chủ trì hay phối hợp nhiệm vụ {assignment}; nhiệm vụ của đơn vị: {duties}",
        "'{unit}' neither leads nor coordinates {assignment}; its assignments: {duties}",
    ),
    "record.ambiguous_duty": Text(
        "'{value}' khớp nhiều nhiệm vụ: {matches}; dùng mã nhiệm vụ",
        "'{value}' matches several assignments: {matches}; use the id",
    ),
    "record.unreadable_occurrence": Text(
        "không hiểu kỳ '{value}'; ví dụ 2021-Q1, quý I/2021, 2021-H1, năm 2021",
        "cannot read the period '{value}'; e.g. 2021-Q1, 2021-H1, 2021",
    ),
    "record.no_open_occurrence": Text(
        "nhiệm vụ {assignment}: không có kỳ báo cáo nào chưa hoàn thành kết thúc trong {folder} (các kỳ: {periods}); kết quả của một kỳ được ghi từ khi kỳ đó kết thúc",
        "{assignment}: no open occurrence ends within {folder} (its periods: {periods}); a period's record is filed once the period has ended",
    ),
    "record.edit_not_list": Text(
        "{path}:{line}: 'records' không phải là một danh sách; sửa tệp trước (chạy 'cchc validate')",
        "{path}:{line}: 'records' is not a list; fix the file first (run 'cchc validate')",
    ),
    "record.edit_flow": Text(
        "{path}:{line}: danh sách 'records' viết trên một dòng ([...]); hãy viết mỗi bản ghi bắt đầu bằng '- ' trên dòng riêng rồi chạy lại",
        "{path}:{line}: 'records' is written inline ([...]); put each record on its own '- ' line, then run again",
    ),
    "record.file_broken": Text(
        "{path}:{line}: tệp có lỗi YAML; sửa trước (chạy 'cchc validate') rồi ghi tiếp",
        "{path}:{line}: the file has a YAML error; fix it first (run 'cchc validate')",
    ),
    "record.refused": Text(
        "chưa ghi gì: bản ghi mới sẽ gây {errors} lỗi ở trên",
        "nothing written: the new record would bring the {errors} {errors:error|errors} above",
    ),
    "record.dry_run": Text(
        "Sẽ thêm vào {where} (chưa ghi):", "Would add at {where} (nothing written):"
    ),
    "record.written": Text("Đã ghi vào {where}", "Written at {where}"),
    "record.not_written": Text("Chưa ghi gì.", "Nothing written."),
    "record.new_state": Text(
        "Nhiệm vụ {assignment}{occurrence}: {state}", "Assignment {assignment}{occurrence}: {state}"
    ),
    "record.new_state_coordinator": Text(
        "Nhiệm vụ {assignment}{occurrence}: đã ghi phần phối hợp của đơn vị",
        "Assignment {assignment}{occurrence}: the unit's coordinating part is recorded",
    ),
    "record.plan_has_errors": Text(
        "Lưu ý: kế hoạch còn {errors} lỗi khác; chạy 'cchc validate' để xem.",
        "Note: the plan still has {errors} other {errors:error|errors}; run 'cchc validate' to see them.",
    ),
    "record.file_header": Text(
        "Kết quả thực hiện của {unit}, {period}.", "What {unit} did in {period}."
    ),
    "record.ask.unit": Text("Đơn vị báo cáo", "Reporting unit"),
    "record.ask.member": Text("Đơn vị nào trong {group}", "Which member of {group}"),
    "record.ask.assignment": Text("Nhiệm vụ", "Assignment"),
    "record.ask.state": Text("Tình trạng", "State"),
    "record.ask.date": Text("Ngày thực hiện", "Date"),
    "record.ask.occurrence": Text("Kỳ báo cáo", "Occurrence"),
    "record.ask.count": Text(
        'Số liệu "loại=số" ({kinds}); Enter để bỏ qua',
        'Count "kind=number" ({kinds}); Enter to skip',
    ),
    "record.ask.evidence": Text(
        "Văn bản làm căn cứ (số, ký hiệu); Enter để bỏ qua",
        "Evidence (document number); Enter to skip",
    ),
    "record.ask.note": Text("Ghi chú; Enter để bỏ qua", "Note; Enter to skip"),
    "record.ask.reason": Text("Lý do hủy", "Reason for cancelling"),
    "record.ask.confirm": Text("Ghi vào {where}?", "Write at {where}?"),
    "record.ask.pick": Text("Chọn số hoặc gõ mã", "Pick a number or type the id"),
    "record.ask.bad_pick": Text(
        "'{value}' không có trong danh sách; chọn số từ 1 đến {count}",
        "'{value}' is not in the list; pick a number from 1 to {count}",
    ),
    # Click's and Typer's own words (cchc.clikit)
    "click.usage": Text("Cách dùng: ", "Usage: "),
    "click.options": Text("Tùy chọn", "Options"),
    "click.arguments": Text("Tham số", "Arguments"),
    "click.commands": Text("Lệnh", "Commands"),
    "click.help_option": Text("In hướng dẫn này rồi thoát.", "Show this message and exit."),
    "click.default": Text("mặc định: {default}", "default: {default}"),
    "click.required": Text("bắt buộc", "required"),
    "click.envvar": Text("biến môi trường: {var}", "env var: {var}"),
    "click.dynamic": Text("(tùy lúc chạy)", "(dynamic)"),
    "click.aborted": Text("Đã dừng.", "Aborted!"),
    "click.missing_command": Text("Thiếu tên lệnh.", "Missing command."),
    "click.install_completion": Text(
        "Cài gợi ý hoàn thành lệnh (phím Tab) cho shell đang dùng.",
        "Install completion for the current shell.",
    ),
    "click.show_completion": Text(
        "In đoạn mã gợi ý hoàn thành lệnh cho shell đang dùng, để chép hoặc sửa.",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    "click.options_metavar": Text("[TÙY CHỌN]", "[OPTIONS]"),
    "click.command_metavar": Text("LỆNH [THAM SỐ]...", "COMMAND [ARGS]..."),
    "click.error": Text("Lỗi", "Error"),
    "click.metavar.path": Text("THƯ_MỤC", "DIR"),
    "click.metavar.number": Text("SỐ", "N"),
    "click.metavar.text": Text("GIÁ_TRỊ", "TEXT"),
    "click.metavar.assignment": Text("NHIỆM_VỤ", "ASSIGNMENT"),
    "click.try_help": Text("Gõ '{command}' để xem hướng dẫn.", "Try '{command}' for help."),
    "click.no_such_option": Text("không có tùy chọn {name}", "no such option: {name}"),
    "click.no_such_option_close": Text(
        "không có tùy chọn {name}; có phải {close}?",
        "no such option: {name}; did you mean {close}?",
    ),
    "click.missing_argument": Text("thiếu tham số {name}", "missing argument {name}"),
    "click.missing_option": Text("thiếu tùy chọn {name}", "missing option {name}"),
    "click.invalid_value": Text(
        "giá trị không hợp lệ cho {name}: {detail}", "invalid value for {name}: {detail}"
    ),
    "click.not_int": Text("'{value}' không phải là số nguyên", "'{value}' is not a whole number"),
    "click.out_of_range": Text(
        "{value} nằm ngoài khoảng {range}", "{value} is not in the range {range}"
    ),
    "click.not_a_choice": Text(
        "'{value}' không phải một trong {choices}", "'{value}' is not one of {choices}"
    ),
    "click.no_such_command": Text(
        "không có lệnh '{name}'; các lệnh: {commands}",
        "no such command '{name}'; commands: {commands}",
    ),
    "click.no_such_command_close": Text(
        "không có lệnh '{name}'; có phải {close}?",
        "no such command '{name}'; did you mean {close}?",
    ),
    "click.extra_arguments": Text("thừa tham số: {args}", "unexpected extra arguments: {args}"),
    # --- review (issue 9: diff, schema, new-year) ---
    "help.diff": Text(
        "So sánh hai phiên bản kế hoạch theo nội dung: nhiệm vụ, đơn vị, thời hạn, tiến độ. Mặc định: điểm tách khỏi nhánh chính so với thư mục đang sửa.",
        "Compare two versions of the plan in plan terms: assignments, units, deadlines, progress. Default: where this branch left the main branch against the working tree.",
    ),
    "help.arg.base": Text(
        "Phiên bản gốc (nhánh, thẻ, commit; A...B là điểm chung của A và B).",
        "Base version (branch, tag, commit; A...B means their merge-base).",
    ),
    "help.arg.head": Text(
        "Phiên bản mới (mặc định: thư mục đang sửa).",
        "New version (default: the working tree).",
    ),
    "help.opt.format_diff": Text(
        "text, md (bình luận pull request) hoặc json.",
        "text, md (pull-request comment) or json.",
    ),
    "diff.plan_outside_repo": Text(
        "thư mục kế hoạch {plan} không nằm trong kho git {repo}",
        "the plan folder {plan} is not inside the git repository {repo}",
    ),
    "diff.range_and_head": Text(
        "'{value}' đã chỉ rõ hai phiên bản; bỏ tham số thứ hai",
        "'{value}' already names both versions; drop the second argument",
    ),
    "diff.worktree": Text("thư mục đang sửa", "working tree"),
    "diff.title": Text("Thay đổi kế hoạch {number}", "Changes to plan {number}"),
    "diff.base": Text("Bản gốc", "Base"),
    "diff.head": Text("Bản mới", "Head"),
    "diff.side_valid": Text(
        "{label} (hợp lệ, {warnings} cảnh báo)",
        "{label} (valid, {warnings} {warnings:warning|warnings})",
    ),
    "diff.side_invalid": Text(
        "{label} (CHƯA HỢP LỆ: {errors} lỗi)", "{label} (NOT VALID: {errors} {errors:error|errors})"
    ),
    "diff.side_unreadable": Text(
        "{label} (không đọc được kế hoạch)", "{label} (the plan cannot be read)"
    ),
    "diff.problems_of": Text("Lỗi trong {label}", "Problems in {label}"),
    "diff.records_removed": Text(
        "⚠ CẢNH BÁO: {count} bản ghi tiến độ bị xóa. Tiến độ là lịch sử đã báo cáo: chỉ xóa bản ghi nhập nhầm, và ghi rõ lý do trong pull request.",
        "⚠ WARNING: {count} progress records removed. Progress is reported history: remove a record only when it was entered by mistake, and say why in the pull request.",
    ),
    "diff.uncertain": Text(
        "{count} mục thêm/xóa không được liệt kê vì tệp chứa chúng có lỗi ở phiên bản kia; sửa lỗi rồi chạy lại cchc diff.",
        "{count} additions or removals are not listed because their file has errors in the other version; fix the errors and run cchc diff again.",
    ),
    "diff.truncated": Text(
        "… (đã cắt bớt cho vừa một bình luận; chạy cchc diff để xem đầy đủ)",
        "… (cut to fit one comment; run cchc diff to see all of it)",
    ),
    "diff.no_changes": Text(
        "Không có thay đổi nào trong nội dung kế hoạch.", "Nothing in the plan changed."
    ),
    "diff.effects_skipped": Text(
        "Chưa tính ảnh hưởng tới thời hạn và tình trạng quá hạn vì có phiên bản chưa hợp lệ.",
        "Effects on due dates and overdue states are not computed while a version is not valid.",
    ),
    "diff.no_effects": Text(
        "Không nhiệm vụ nào đổi thời hạn hay tình trạng quá hạn (tính đến ngày {date}).",
        "No obligation changes its due date or overdue state (as of {date}).",
    ),
    "diff.moves": Text(
        "Thời hạn thay đổi ({count} nhiệm vụ)", "Due dates moved ({count} obligations)"
    ),
    "diff.days_moved": Text("{days} ngày", "{days} {days:day|days}"),
    "diff.now_overdue": Text(
        "Trở thành quá hạn tính đến ngày {date} ({count} nhiệm vụ)",
        "Overdue as of {date} because of this change ({count} obligations)",
    ),
    "diff.no_longer_overdue": Text(
        "Hết quá hạn tính đến ngày {date} ({count} nhiệm vụ)",
        "No longer overdue as of {date} ({count} obligations)",
    ),
    "diff.due_late": Text("hạn {due}, trễ {days} ngày", "due {due}, {days} {days:day|days} late"),
    "diff.action.added": Text("thêm", "added"),
    "diff.action.removed": Text("xóa", "removed"),
    "diff.action.changed": Text("sửa", "changed"),
    "diff.kind.plan": Text("Thông tin chung của kế hoạch", "Plan metadata"),
    "diff.kind.section": Text("Mục", "Sections"),
    "diff.kind.purpose": Text("Mục đích", "Purposes"),
    "diff.kind.requirement": Text("Yêu cầu", "Requirements"),
    "diff.kind.flow": Text("Luồng báo cáo", "Reporting flows"),
    "diff.kind.target": Text("Chỉ tiêu", "Targets and indicators"),
    "diff.kind.activity_kind": Text("Loại hoạt động", "Activity kinds"),
    "diff.kind.unit": Text("Đơn vị", "Units"),
    "diff.kind.group": Text("Nhóm đơn vị", "Groups of units"),
    "diff.kind.audience": Text("Đối tượng", "Audiences"),
    "diff.kind.item": Text("Nội dung", "Content items"),
    "diff.kind.form": Text("Hình thức", "Forms"),
    "diff.kind.assignment": Text("Nhiệm vụ", "Assignments"),
    "diff.kind.part": Text("Phần việc", "Part"),
    "diff.kind.record": Text("Bản ghi tiến độ", "Progress records"),
    "diff.field.text": Text("Nội dung", "Text"),
    "diff.field.name": Text("Tên", "Name"),
    "diff.field.title": Text("Tiêu đề", "Title"),
    "diff.field.lead": Text("Đơn vị chủ trì", "Lead"),
    "diff.field.co_leads": Text("Đơn vị đồng chủ trì", "Co-leads"),
    "diff.field.coordinators": Text("Đơn vị phối hợp", "Coordinators"),
    "diff.field.deadline": Text("Thời hạn", "Deadline"),
    "diff.field.section": Text("Thuộc mục", "Section"),
    "diff.field.members": Text("Thành viên", "Members"),
    "diff.field.state": Text("Tình trạng", "State"),
    "diff.field.date": Text("Ngày", "Date"),
    "diff.field.flow": Text("Luồng báo cáo", "Reporting flow"),
    "diff.field.corrections": Text("Đính chính", "Corrections"),
    "diff.field.legal_basis": Text("Căn cứ", "Legal basis"),
    "diff.field.parent_plan": Text("Kế hoạch cấp trên", "Parent plan"),
    "diff.field.predecessor": Text("Kế hoạch kỳ trước", "Predecessor"),
    "diff.field.effective": Text("Ngày hiệu lực", "Effective"),
    "diff.field.deadline_note": Text("Ghi chú thời hạn", "Deadline note"),
    "diff.field.deliverable": Text("Sản phẩm", "Deliverable"),
    "diff.field.related": Text("Nội dung, hình thức liên quan", "Related items"),
    "diff.field.beyond_period": Text("Hạn sau kỳ kế hoạch", "Due after the period"),
    "diff.field.role_note": Text("Ghi chú vai trò", "Role note"),
    "diff.field.periods": Text("Kỳ báo cáo", "Report periods"),
    "diff.field.target": Text("Giá trị cần đạt", "Target value"),
    "diff.field.due": Text("Thời hạn", "Due"),
    "diff.field.note": Text("Ghi chú", "Note"),
    "diff.field.evidence": Text("Văn bản chứng minh", "Evidence"),
    "diff.field.counts": Text("Số liệu", "Counts"),
    "diff.field.occurrence": Text("Kỳ", "Occurrence"),
    "diff.field.start": Text("Ngày bắt đầu kỳ kế hoạch", "Period start"),
    "diff.field.end": Text("Ngày kết thúc kỳ kế hoạch", "Period end"),
    "diff.field.number": Text("Số, ký hiệu", "Number"),
    "diff.field.issuer_level": Text("Cấp ban hành", "Issuer level"),
    "diff.field.to": Text("Nơi nhận báo cáo", "Reports to"),
    "diff.field.sender": Text("Đơn vị báo cáo", "Who reports"),
    "diff.field.via": Text("Qua đơn vị", "Through"),
    "diff.field.convention": Text("Cách tính kỳ", "Convention"),
    "jsonschema.field.id": Text(
        "Mã (chữ không dấu, số, '.', '-', '_'), duy nhất trong kế hoạch; ví dụ V.3.1, phong-noi-vu.",
        "Id (ASCII letters, digits, '.', '-', '_'), unique in the plan; e.g. V.3.1, phong-noi-vu.",
    ),
    "jsonschema.field.provenance": Text(
        "Nguồn của nội dung: document (đúng văn bản), paraphrase (diễn đạt lại), invented (tự đặt làm ví dụ), unknown (chưa biết).",
        "Where the text comes from: document, paraphrase, invented (for an example), unknown.",
    ),
    "jsonschema.field.corrections": Text(
        "Lỗi rõ ràng trong văn bản gốc: giữ nguyên chữ đã viết và ghi chữ đúng, kèm lý do.",
        "Evident slips in the source: the text as written, the correction and why.",
    ),
    "jsonschema.field.note": Text(
        "Ghi chú.",
        "A note.",
    ),
    "jsonschema.field.short": Text(
        "Tên viết tắt hay tên ngắn dùng trong văn bản.",
        "Short names the document uses.",
    ),
    "jsonschema.field.aliases": Text(
        "Các cách gọi khác (để tìm theo tên).",
        "Other names (for look-up by name).",
    ),
    "jsonschema.field.name": Text(
        "Tên đầy đủ.",
        "Full name.",
    ),
    "jsonschema.field.title": Text(
        "Tiêu đề, trích yếu.",
        "Title.",
    ),
    "jsonschema.field.text": Text(
        "Nội dung, chép đúng như văn bản.",
        "The text, as the document words it.",
    ),
    "jsonschema.field.section": Text(
        "Mã mục của văn bản mà nội dung này thuộc về, ví dụ II.1.",
        "Id of the document's section it belongs to, e.g. II.1.",
    ),
    "jsonschema.field.date": Text(
        "Ngày, dạng 2021-03-05 hoặc 05/3/2021.",
        "A day: 2021-03-05 or 05/3/2021.",
    ),
    "jsonschema.field.number": Text(
        "Số, ký hiệu văn bản, ví dụ 57/KH-UBND.",
        "Document number, e.g. 57/KH-UBND.",
    ),
    "jsonschema.field.issuer": Text(
        "Cơ quan ban hành.",
        "Issuing body.",
    ),
    "jsonschema.field.convention": Text(
        "Cách tính kỳ báo cáo: calendar (theo tháng dương lịch) hoặc nd09 (chốt số liệu theo Nghị định 09/2019/NĐ-CP: từ ngày 15 tháng trước đến ngày 14).",
        "How report periods are counted: calendar months, or nd09 (the Nghị định 09/2019 cut-off, 15th to 14th).",
    ),
    "jsonschema.field.periods": Text(
        "Các kỳ báo cáo: M01..M12 (tháng), Q1..Q4 (quý), H1, H2 (6 tháng), 9M (9 tháng), Y (năm).",
        "Report periods: M01..M12, Q1..Q4, H1, H2, 9M, Y.",
    ),
    "jsonschema.field.via": Text(
        "Đơn vị tổng hợp trung gian (mã đơn vị), nếu có.",
        "Unit the reports go through (an id), if any.",
    ),
    "jsonschema.field.parent": Text(
        "Mã đơn vị cấp trên.",
        "Id of the body above.",
    ),
    "jsonschema.field.type": Text(
        "Loại văn bản viết tắt: KH, QĐ, CTr...",
        "Document type abbreviation: KH, QĐ, CTr...",
    ),
    "jsonschema.field.units": Text(
        "Mã các đơn vị được nêu.",
        "Ids of the units named.",
    ),
    "jsonschema.field.refs": Text(
        "Các văn bản được trích dẫn.",
        "The documents cited.",
    ),
    "jsonschema.title.plan": Text(
        "Tệp plan.yaml của kế hoạch cchc",
        "cchc plan file plan.yaml",
    ),
    "jsonschema.title.units": Text(
        "Tệp units.yaml: đơn vị và nhóm đơn vị",
        "cchc units.yaml: units and groups",
    ),
    "jsonschema.title.content": Text(
        "Tệp nội dung (content.yaml hoặc content/*.yaml)",
        "cchc content file (content.yaml or content/*.yaml)",
    ),
    "jsonschema.title.assignments": Text(
        "Tệp nhiệm vụ của một đơn vị chủ trì (assignments/<mã-đơn-vị>.yaml)",
        "cchc assignments of one lead unit (assignments/<unit-id>.yaml)",
    ),
    "jsonschema.title.progress": Text(
        "Tệp tiến độ của một đơn vị trong một kỳ (progress/<kỳ>/<mã-đơn-vị>.yaml)",
        "cchc progress of one unit in one period (progress/<period>/<unit-id>.yaml)",
    ),
    "jsonschema.activity-kind.measure": Text(
        'Đơn vị đếm: "tin, bài", "cuộc", "lượt người".',
        'The counting word: "tin, bài", "cuộc", "lượt người".',
    ),
    "jsonschema.activity-kind.name": Text(
        "Tên loại hoạt động được đếm trong bản ghi tiến độ.",
        "Name of a kind of activity counted in progress records.",
    ),
    "jsonschema.assignment.beyond_period": Text(
        "true nếu thời hạn có thể sau kỳ kế hoạch (báo cáo năm gửi trong tháng 1 năm sau).",
        "true when the deadline may fall after the plan's period (a year report sent in January).",
    ),
    "jsonschema.assignment.coordinators": Text(
        "Mã các đơn vị, nhóm phối hợp; đơn vị chủ trì không tự phối hợp với mình.",
        "Ids of coordinating units or groups; the lead never coordinates with itself.",
    ),
    "jsonschema.assignment.deadline": Text(
        "Thời hạn như văn bản ghi: ngày, tháng, quý, năm, định kỳ, thường xuyên, khi phát sinh.",
        "Deadline as written: a day, month, quarter, year, recurring, standing, when needed.",
    ),
    "jsonschema.assignment.deadline_note": Text(
        "Ghi rõ khi văn bản không nêu thời hạn và thời hạn được suy ra từ nội dung.",
        "Where the document names no deadline and one was read from the text.",
    ),
    "jsonschema.assignment.deliverable": Text(
        "Sản phẩm phải có: kế hoạch, báo cáo...",
        "What the duty produces: a plan, a report...",
    ),
    "jsonschema.assignment.flow": Text(
        "Mã luồng báo cáo (reporting.flows): nhiệm vụ báo cáo định kỳ theo luồng này.",
        "Id of a reporting flow: the duty is a report due by that flow's rule.",
    ),
    "jsonschema.assignment.role_note": Text(
        "Ghi chú vì sao đơn vị chủ trì khác với cách văn bản nhóm nhiệm vụ (đọc theo động từ: chủ trì, phối hợp...).",
        "Why the lead differs from the document's grouping (read from the verb: chủ trì, phối hợp...).",
    ),
    "jsonschema.assignment.co_leads": Text(
        "Mã các đơn vị cùng chủ trì: một nhiệm vụ chung, bản ghi của đơn vị nào cũng được tính.",
        "Ids of units jointly responsible: one obligation, either unit's record counts.",
    ),
    "jsonschema.assignment.parts": Text(
        "Các phần việc, mỗi phần có thời hạn riêng (ví dụ chỉ đạo thường xuyên và báo cáo năm).",
        "Parts with their own deadlines (e.g. direct throughout, and report yearly).",
    ),
    "jsonschema.assignment.cancel": Text(
        "Hủy trước các lần định kỳ sắp tới, kèm lý do.",
        "Future occurrences cancelled in advance, with a reason.",
    ),
    "jsonschema.part.text": Text("Nội dung phần việc.", "What this part is."),
    "jsonschema.part.deadline": Text("Thời hạn của phần việc.", "Deadline of this part."),
    "jsonschema.part.flow": Text(
        "Mã luồng báo cáo, khi phần việc là báo cáo định kỳ.",
        "Id of a reporting flow, when this part is a periodic report.",
    ),
    "jsonschema.part.beyond_period": Text(
        "true nếu thời hạn của phần việc có thể sau kỳ kế hoạch.",
        "true when this part may fall due after the plan's period.",
    ),
    "jsonschema.cancellation.occurrence": Text(
        "Kỳ bị hủy: 2021-Q4, 2021-H2...", "The occurrence cancelled: 2021-Q4, 2021-H2..."
    ),
    "jsonschema.cancellation.part": Text(
        "Mã phần việc bị hủy (bỏ trống: cả nhiệm vụ).",
        "Id of the part cancelled (none: the whole duty).",
    ),
    "jsonschema.cancellation.unit": Text(
        "Mã đơn vị được miễn (bỏ trống: mọi đơn vị).", "Id of the unit excused (none: every unit)."
    ),
    "jsonschema.cancellation.reason": Text("Lý do hủy.", "Why it is cancelled."),
    "jsonschema.assignment.related": Text(
        "Mã các nội dung, hình thức (mục II) mà nhiệm vụ thực hiện.",
        "Ids of content or form items (section II) the duty carries out.",
    ),
    "jsonschema.assignment.section": Text(
        "Mục của văn bản chứa nhiệm vụ (cách văn bản nhóm), không phải đơn vị chủ trì.",
        "The heading the duty sits under (the document's grouping), not its lead.",
    ),
    "jsonschema.assignment.text": Text(
        "Nội dung nhiệm vụ, chép đúng văn bản.",
        "The duty, as the document words it.",
    ),
    "jsonschema.assignments-file.assignments": Text(
        "Danh sách nhiệm vụ do đơn vị này chủ trì.",
        "The duties this unit leads.",
    ),
    "jsonschema.assignments-file.lead": Text(
        "Mã đơn vị chủ trì; trùng với tên tệp.",
        "Id of the lead unit; the file is named after it.",
    ),
    "jsonschema.audience.name": Text(
        "Tên đối tượng tuyên truyền.",
        "Name of the audience.",
    ),
    "jsonschema.citation.text": Text(
        "Dòng trích dẫn, chép đúng văn bản.",
        "The citation line as written.",
    ),
    "jsonschema.content-file.audiences": Text(
        "Đối tượng tuyên truyền.",
        "Audiences.",
    ),
    "jsonschema.content-file.content": Text(
        "Nội dung tuyên truyền (mục II).",
        "Content items (section II).",
    ),
    "jsonschema.content-file.forms": Text(
        "Hình thức tuyên truyền.",
        "Forms and channels.",
    ),
    "jsonschema.correction.corrected": Text(
        "Chữ đúng mà văn bản rõ ràng muốn viết.",
        "What the document evidently means.",
    ),
    "jsonschema.correction.field": Text(
        "Tên trường chứa lỗi, ví dụ text hoặc date.",
        "Name of the field with the slip, e.g. text or date.",
    ),
    "jsonschema.correction.note": Text(
        "Lý do, để người duyệt kiểm tra được.",
        "Why, so a reviewer can check it.",
    ),
    "jsonschema.correction.written": Text(
        "Chữ đúng như văn bản đã viết.",
        "The text exactly as the document writes it.",
    ),
    "jsonschema.due-rule.day_of_last_month": Text(
        "Hạn là ngày này của tháng cuối kỳ (ví dụ 10: trước ngày 10 tháng cuối quý).",
        "Due on this day of the period's last month (e.g. 10).",
    ),
    "jsonschema.due-rule.days_after_end": Text(
        "Hạn là số ngày sau ngày cuối kỳ (chốt số liệu); có thể âm.",
        "Due this many days after the period's last day (cut-off); may be negative.",
    ),
    "jsonschema.enactment.article": Text(
        'Điều của quyết định phê duyệt kế hoạch, ví dụ "Điều 1".',
        'Article of the decision approving the plan, e.g. "Điều 1".',
    ),
    "jsonschema.enactment.type": Text(
        "Loại văn bản ban hành kế hoạch, thường là QĐ.",
        "Type of the enacting document, usually QĐ.",
    ),
    "jsonschema.flow.due": Text(
        "Hạn nộp: {{days_after_end: N}} hoặc {{day_of_last_month: D}}.",
        "When due: {{days_after_end: N}} or {{day_of_last_month: D}}.",
    ),
    "jsonschema.flow.from": Text(
        "Đơn vị hoặc nhóm báo cáo (nhóm: từng thành viên, trừ nơi nhận).",
        "Who reports: a unit or group (each member, minus the receiver).",
    ),
    "jsonschema.flow.text": Text(
        "Cách văn bản ghi kỳ báo cáo.",
        "The reporting periods as the document words them.",
    ),
    "jsonschema.flow.to": Text(
        "Nơi nhận báo cáo (mã đơn vị).",
        "Who receives the reports (a unit id).",
    ),
    "jsonschema.flows-shape.flows": Text(
        "Các luồng báo cáo: ai báo cáo, cho ai, kỳ nào, hạn nào.",
        "Reporting flows: who reports to whom, which periods, when due.",
    ),
    "jsonschema.funding-line.amount": Text(
        "Số tiền (đồng), viết liền không dấu chấm: 50000000.",
        "Amount in VND, digits only: 50000000.",
    ),
    "jsonschema.funding-line.source": Text(
        "Nguồn kinh phí.",
        "Funding source.",
    ),
    "jsonschema.funding-line.year": Text(
        "Năm ngân sách.",
        "Budget year.",
    ),
    "jsonschema.funding.lines": Text(
        "Các dòng kinh phí theo năm và nguồn.",
        "Funding lines by year and source.",
    ),
    "jsonschema.funding.text": Text(
        "Đoạn kinh phí, chép đúng văn bản.",
        "The funding paragraph as written.",
    ),
    "jsonschema.group.complete": Text(
        "true nếu members liệt kê đủ mọi thành viên của nhóm.",
        "true when members lists every member of the group.",
    ),
    "jsonschema.group.exclude": Text(
        "Mã các thành viên không thuộc nhóm ở kế hoạch này (ví dụ nơi nhận báo cáo).",
        "Ids of members left out of the group in this plan (e.g. the receiver of its reports).",
    ),
    "jsonschema.field.valid_from": Text(
        "Ngày đơn vị bắt đầu tồn tại (sau sáp nhập, thành lập).",
        "Day the unit starts to exist (after a merger, a founding).",
    ),
    "jsonschema.field.valid_until": Text(
        "Ngày cuối đơn vị còn tồn tại (ấp sáp nhập thôi phải báo cáo sau ngày này).",
        "Last day the unit exists (a merged village owes nothing after it).",
    ),
    "jsonschema.group.kind": Text(
        "Loại nhóm (cùng danh sách loại đơn vị).",
        "Kind of group (the unit kinds).",
    ),
    "jsonschema.group.members": Text(
        "Mã các đơn vị hoặc nhóm thành viên.",
        "Ids of member units or groups.",
    ),
    "jsonschema.group.size": Text(
        "Số thành viên văn bản nêu khi không liệt kê đủ (để tiến độ ghi 41/63).",
        "Stated size when not all members are listed (progress reads 41/63).",
    ),
    "jsonschema.issuer.level": Text(
        "Cấp ban hành: central, ministry, province, central-city, provincial-city, district, commune, ward, special-zone, other.",
        "Level of government issuing the plan.",
    ),
    "jsonschema.issuer.parent": Text(
        "Mã cơ quan cấp trên.",
        "Id of the body above.",
    ),
    "jsonschema.issuer.unit": Text(
        "Mã đơn vị ban hành (trong units.yaml).",
        "Id of the issuing unit (in units.yaml).",
    ),
    "jsonschema.item.audience": Text(
        "Mã đối tượng của nội dung này.",
        "Id of the audience.",
    ),
    "jsonschema.item.citations": Text(
        "Các văn bản được nêu trong nội dung.",
        "Documents the item cites.",
    ),
    "jsonschema.item.section": Text(
        "Mục chứa nội dung; mặc định là mã cha (II.1.1.a thuộc II.1.1).",
        "Section of the item; defaults to the id's parent (II.1.1.a is in II.1.1).",
    ),
    "jsonschema.legacy-shape.periods": Text(
        "Các kỳ báo cáo (cách ghi cũ, một luồng).",
        "Report periods (old one-flow shape).",
    ),
    "jsonschema.legacy-shape.recipient": Text(
        "Nơi nhận báo cáo (cách ghi cũ).",
        "Who receives the reports (old shape).",
    ),
    "jsonschema.legacy-shape.submit_within_days": Text(
        "Số ngày sau cuối kỳ được nộp báo cáo (cách ghi cũ).",
        "Days after a period's end to submit (old shape).",
    ),
    "jsonschema.legal-ref.kind": Text(
        "Loại văn bản như văn bản ghi: Nghị quyết, Nghị định, Kế hoạch, Quyết định...",
        "Document type as written: Nghị quyết, Nghị định, Kế hoạch...",
    ),
    "jsonschema.period-range.end": Text(
        "Ngày cuối của kỳ kế hoạch.",
        "Last day of the plan's period.",
    ),
    "jsonschema.period-range.start": Text(
        'Ngày đầu của kỳ kế hoạch (có thể là 1/1 khi tên ghi "năm 2021").',
        'First day of the plan\'s period (may be 1 January for "năm 2021").',
    ),
    "jsonschema.plan-file.activity_kinds": Text(
        "Các loại hoạt động được đếm (tin bài, hội nghị, lượt người...).",
        "Kinds of activity counted (news items, meetings, attendees...).",
    ),
    "jsonschema.plan-file.date": Text(
        "Ngày ban hành; nếu chỉ biết tháng hay năm: 03/2021, 2021.",
        "Date of issue; a month (03/2021) or year (2021) when only that is known.",
    ),
    "jsonschema.plan-file.effective": Text(
        "Ngày kế hoạch có hiệu lực; mặc định là ngày ban hành.",
        "When the plan takes effect; default: the date of issue.",
    ),
    "jsonschema.plan-file.enacted_by": Text(
        "Quyết định ban hành kèm theo kế hoạch (nếu có).",
        "The decision the plan is attached to, if any.",
    ),
    "jsonschema.plan-file.funding": Text(
        "Mục kinh phí.",
        "The funding section.",
    ),
    "jsonschema.plan-file.issuer": Text(
        "Cơ quan ban hành và cấp hành chính.",
        "The issuing body and its level.",
    ),
    "jsonschema.plan-file.language": Text(
        "Ngôn ngữ của kế hoạch: vi hoặc en.",
        "Language of the plan: vi or en.",
    ),
    "jsonschema.plan-file.legal_basis": Text(
        "Căn cứ ban hành: mỗi dòng một văn bản (chữ hoặc {{text, refs}}).",
        "Legal basis: one line per document (text or {{text, refs}}).",
    ),
    "jsonschema.plan-file.number": Text(
        "Số, ký hiệu kế hoạch, ví dụ 57/KH-UBND; để trống khi chưa có số.",
        "Plan number, e.g. 57/KH-UBND; leave out while it has none.",
    ),
    "jsonschema.plan-file.parent_plan": Text(
        "Kế hoạch cấp trên mà kế hoạch này thực hiện.",
        "The higher plan this plan carries out.",
    ),
    "jsonschema.plan-file.period": Text(
        "Kỳ kế hoạch: {{start, end}}.",
        "The plan's period: {{start, end}}.",
    ),
    "jsonschema.plan-file.place": Text(
        "Địa danh ghi ở đầu văn bản.",
        "Place name in the document's heading.",
    ),
    "jsonschema.plan-file.preamble": Text(
        "Đoạn mở đầu.",
        "Opening paragraph.",
    ),
    "jsonschema.plan-file.predecessor": Text(
        "Kế hoạch năm trước mà kế hoạch này tiếp nối.",
        "Last period's plan this one follows.",
    ),
    "jsonschema.plan-file.purposes": Text(
        "Mục đích (mục I).",
        "Purposes (section I).",
    ),
    "jsonschema.plan-file.recipients": Text(
        "Nơi nhận, mỗi dòng như văn bản ghi.",
        "Recipients, one line each as written.",
    ),
    "jsonschema.plan-file.reporting": Text(
        "Chế độ báo cáo: luồng báo cáo và cách tính kỳ.",
        "Reporting: flows and how periods are counted.",
    ),
    "jsonschema.plan-file.requirements": Text(
        "Yêu cầu (mục I).",
        "Requirements (section I).",
    ),
    "jsonschema.plan-file.sections": Text(
        "Các mục của văn bản, với số thứ tự như văn bản ghi.",
        "The document's headings, labelled as printed.",
    ),
    "jsonschema.plan-file.signer": Text(
        "Người ký: quyền hạn (TM., KT.), chức vụ, họ tên.",
        "Signature block: authority (TM., KT.), title, name.",
    ),
    "jsonschema.plan-file.targets": Text(
        "Chỉ tiêu: tỉ lệ, số lượng hoặc thứ hạng cần đạt.",
        "Targets: percentages, counts or ranks to reach.",
    ),
    "jsonschema.plan-file.title": Text(
        "Trích yếu kế hoạch.",
        "The plan's title.",
    ),
    "jsonschema.progress-file.records": Text(
        "Bản ghi tiến độ của đơn vị này trong kỳ này.",
        "Progress records of this unit in this period.",
    ),
    "jsonschema.record.assignment": Text(
        "Mã nhiệm vụ được báo cáo.",
        "Id of the assignment reported on.",
    ),
    "jsonschema.record.counts": Text(
        "Số liệu theo loại hoạt động: {{tin-bai: 12}}.",
        "Counts by activity kind: {{tin-bai: 12}}.",
    ),
    "jsonschema.record.date": Text(
        "Ngày của bản ghi (ngày hoàn thành, ngày báo cáo).",
        "Day of the record (done, reported).",
    ),
    "jsonschema.record.evidence": Text(
        "Văn bản chứng minh: số báo cáo, đường dẫn.",
        "Evidence: report numbers, links.",
    ),
    "jsonschema.record.forms": Text(
        "Mã các hình thức (mục II) đã dùng.",
        "Ids of forms (section II) used.",
    ),
    "jsonschema.record.measured": Text(
        'Giá trị đo được của chỉ tiêu: {{tap-huan-cbcc: "92"}}.',
        'Measured values of targets: {{tap-huan-cbcc: "92"}}.',
    ),
    "jsonschema.record.note": Text(
        "Ghi chú, kết quả.",
        "Note, result.",
    ),
    "jsonschema.record.occurrence": Text(
        "Kỳ của nhiệm vụ định kỳ mà bản ghi nói đến: 2021-Q1, 2021-H1, 2021.",
        "Which occurrence of a recurring duty: 2021-Q1, 2021-H1, 2021.",
    ),
    "jsonschema.record.part": Text(
        "Mã phần việc (parts) mà bản ghi nói đến, khi nhiệm vụ có nhiều phần.",
        "Id of the part reported on, when the assignment has parts.",
    ),
    "jsonschema.record.reason": Text(
        "Lý do (bắt buộc khi state là cancelled).",
        "Reason (required when cancelled).",
    ),
    "jsonschema.record.state": Text(
        "Tình trạng: done (xong), in-progress (đang làm), not-started, cancelled (hủy, ghi lý do).",
        "State: done, in-progress, not-started, cancelled (with a reason).",
    ),
    "jsonschema.recipient.text": Text(
        "Dòng nơi nhận như văn bản ghi.",
        "The recipient line as written.",
    ),
    "jsonschema.section.intro": Text(
        "Đoạn dẫn dưới tiêu đề mục.",
        "Lead-in paragraph under the heading.",
    ),
    "jsonschema.section.label": Text(
        "Số thứ tự in trong văn bản; mặc định là phần cuối của mã.",
        "Number as printed; defaults to the id's last part.",
    ),
    "jsonschema.signer.authority": Text(
        "TM. UBND, KT. CHỦ TỊCH...",
        "TM. UBND, KT. CHỦ TỊCH...",
    ),
    "jsonschema.signer.name": Text(
        "Họ tên người ký; bỏ trống khi chưa biết (provenance: unknown).",
        "Signer's name; leave out when unknown (provenance: unknown).",
    ),
    "jsonschema.signer.title": Text(
        "Chức vụ: CHỦ TỊCH, PHÓ CHỦ TỊCH...",
        "Title: CHỦ TỊCH, PHÓ CHỦ TỊCH...",
    ),
    "jsonschema.target.baseline": Text(
        "Giá trị hiện tại (số viết dạng chữ).",
        "Current value (a number as text).",
    ),
    "jsonschema.target.due": Text(
        "Thời hạn đạt chỉ tiêu.",
        "When the target is due.",
    ),
    "jsonschema.target.index": Text(
        "Chỉ số liên quan: PAR INDEX, SIPAS, PAPI, PCI.",
        "Index: PAR INDEX, SIPAS, PAPI, PCI.",
    ),
    "jsonschema.target.measure": Text(
        "percent (tỉ lệ), count (số lượng) hoặc rank (thứ hạng, càng nhỏ càng tốt).",
        "percent, count or rank (lower is better).",
    ),
    "jsonschema.target.target": Text(
        'Giá trị cần đạt, số viết dạng chữ: "100" (không viết "1.500").',
        'Value to reach, a number as text: "100" (not "1.500").',
    ),
    "jsonschema.target.unit_label": Text(
        "Đơn vị tính khi đếm: lượt người, cuộc...",
        "Counting word for counts: lượt người, cuộc...",
    ),
    "jsonschema.unit.kind": Text(
        "Loại đơn vị: people-committee, office, department, commune, ward, village...",
        "Kind of unit: people-committee, office, department, commune, ward, village...",
    ),
    "jsonschema.units-file.groups": Text(
        'Nhóm đơn vị ("các cơ quan, đơn vị"...).',
        'Groups of units ("các cơ quan, đơn vị"...).',
    ),
    "jsonschema.units-file.units": Text(
        "Các đơn vị mà kế hoạch nêu tên.",
        "The units the plan names.",
    ),
    "help.schema": Text(
        "Ghi JSON Schema của từng loại tệp kế hoạch (để VS Code gợi ý và kiểm tra khi gõ).",
        "Write the JSON Schema of each kind of plan file (so VS Code completes and checks while typing).",
    ),
    "help.opt.schema_out": Text(
        "Thư mục ghi (mặc định: schemas).", "Folder to write to (default: schemas)."
    ),
    "help.opt.schema_check": Text(
        "Chỉ kiểm tra các tệp trong thư mục có khớp với phiên bản cchc này không.",
        "Only check that the folder's files match this version of cchc.",
    ),
    "jsonschema.stale": Text(
        "{path} thiếu hoặc đã cũ; chạy: cchc schema -o <thư mục>",
        "{path} is missing or out of date; run: cchc schema -o <folder>",
    ),
    "help.new_year": Text(
        "Tạo kế hoạch kỳ sau từ kế hoạch này: ngày, kỳ, thời hạn dời theo năm; tiến độ bỏ lại; số và ngày ban hành để trống.",
        "Next period's plan from this one: dates, periods and deadlines moved forward; progress left behind; number and date of issue left blank.",
    ),
    "help.opt.new_year": Text(
        "Năm bắt đầu của kế hoạch mới (mặc định: năm sau kỳ kế hoạch này).",
        "First year of the new plan (default: the year after this plan's period).",
    ),
    "help.opt.new_year_out": Text(
        "Thư mục của kế hoạch mới (chưa có hoặc trống).", "Folder of the new plan (new or empty)."
    ),
    "newyear.bad_year": Text(
        "năm {year} không sau năm bắt đầu của kế hoạch này ({start})",
        "year {year} is not after this plan's first year ({start})",
    ),
    "newyear.output_exists": Text(
        "{path} đã có và không trống; chọn một thư mục mới",
        "{path} exists and is not empty; choose a new folder",
    ),
    "newyear.no_parent": Text("không có thư mục {path}", "no folder {path}"),
    "newyear.write_failed": Text(
        "không ghi được {path}: {detail}", "cannot write {path}: {detail}"
    ),
    "newyear.written": Text(
        "Đã tạo kế hoạch mới ở {path}: từ {start} đến {end} (dời {years} năm); bỏ lại {dropped} tệp tiến độ.",
        "New plan written to {path}: {start} to {end} (moved {years} years); {dropped} progress files left behind.",
    ),
    "newyear.manual": Text(
        "{path}: không tự dời được '{text}'; hãy sửa tay",
        "{path}: '{text}' could not be moved; edit it by hand",
    ),
    "newyear.to_fill": Text(
        "Còn phải điền trước khi ban hành (cchc validate):",
        "Still to fill in before issuing it (cchc validate):",
    ),
    "diff.not_a_repo": Text(
        "{where} không nằm trong một kho git; cchc diff so sánh các phiên bản trong git",
        "{where} is not inside a git repository; cchc diff compares versions kept in git",
    ),
    "diff.no_git": Text(
        "không chạy được git ({detail}); hãy cài git",
        "cannot run git ({detail}); install git",
    ),
    "diff.git_failed": Text("git báo lỗi: {detail}", "git failed: {detail}"),
    "diff.unknown_revision": Text(
        "không có phiên bản '{rev}' trong kho git (tên nhánh, thẻ hay mã commit)",
        "no revision '{rev}' in the git repository (a branch, tag or commit id)",
    ),
    "diff.unknown_revision_shallow": Text(
        "không có phiên bản '{rev}': kho git này là bản sao nông (shallow), thiếu lịch sử; chạy git fetch --unshallow (trong GitHub Actions: fetch-depth: 0)",
        "no revision '{rev}': this is a shallow clone without that history; run git fetch --unshallow (in GitHub Actions: fetch-depth: 0)",
    ),
    "diff.no_main_branch": Text(
        "không tìm thấy nhánh chính (đã thử {tried}); hãy ghi rõ phiên bản gốc: cchc diff GỐC",
        "no main branch found (tried {tried}); name the base: cchc diff BASE",
    ),
    "diff.no_merge_base": Text(
        "{left} và {right} không có lịch sử chung; hãy ghi rõ hai phiên bản: cchc diff GỐC MỚI",
        "{left} and {right} share no history; name both versions: cchc diff BASE HEAD",
    ),
    "diff.no_merge_base_shallow": Text(
        "không tìm được điểm chung của {left} và {right}: kho git này là bản sao nông (shallow); chạy git fetch --unshallow (trong GitHub Actions: fetch-depth: 0)",
        "no common ancestor of {left} and {right}: this is a shallow clone; run git fetch --unshallow (in GitHub Actions: fetch-depth: 0)",
    ),
    # --- robust (issue 10) ---
    "yaml.too_large": Text(
        "tệp lớn hơn giới hạn {limit} của một tệp kế hoạch",
        "the file is larger than the {limit} a plan file may hold",
    ),
    "hint.yaml.too_large": Text(
        "chia nội dung thành nhiều tệp nhỏ hơn (mỗi đơn vị, mỗi kỳ một tệp)",
        "split it into smaller files (one per unit and period)",
    ),
    "yaml.too_many_nodes": Text(
        "tệp có hơn {limit} giá trị", "the file holds more than {limit} values"
    ),
    "hint.yaml.too_many_nodes": Text(
        "chia nội dung thành nhiều tệp nhỏ hơn", "split it into smaller files"
    ),
    "yaml.too_deep": Text(
        "các mức lồng nhau sâu hơn {limit} mức", "nesting deeper than {limit} levels"
    ),
    "hint.yaml.too_deep": Text(
        "kiểm tra dấu ngoặc [ ] {{ }} và thụt lề; tệp kế hoạch chỉ cần vài mức",
        "check the brackets [ ] {{ }} and indentation; plan files need only a few levels",
    ),
    "yaml.control_char": Text(
        "có ký tự điều khiển {char}, không được dùng trong tệp kế hoạch",
        "control character {char}, which plan files may not hold",
    ),
    "hint.yaml.control_char": Text(
        "xóa ký tự này (thường do chép từ phần mềm khác); viết xuống dòng bằng khối '|'",
        "delete the character (often pasted from another program); write line breaks in a '|' block",
    ),
    "layout.skip.special": Text(
        "{name} không phải tệp thông thường (FIFO, socket, thiết bị): không đọc",
        "{name} is not a regular file (a FIFO, socket or device): not read",
    ),
    "hint.layout.skip.special": Text(
        "thay bằng một tệp thông thường, hoặc xóa nó",
        "replace it with an ordinary file, or remove it",
    ),
    "layout.skip.dangling": Text(
        "{name} là liên kết tới một tệp không tồn tại", "{name} links to a file that does not exist"
    ),
    "hint.layout.skip.dangling": Text("sửa hoặc xóa liên kết", "fix or remove the link"),
    "layout.skip.loop": Text(
        "{name} là một vòng liên kết (trỏ vào chính nó)", "{name} is a loop of links"
    ),
    "hint.layout.skip.loop": Text("sửa hoặc xóa liên kết", "fix or remove the link"),
    "layout.skip.outside": Text(
        "{name} liên kết ra ngoài thư mục kế hoạch: không đọc",
        "{name} links outside the plan folder: not read",
    ),
    "hint.layout.skip.outside": Text(
        "chép tệp vào thư mục kế hoạch thay vì liên kết tới nó",
        "copy the file into the plan folder instead of linking to it",
    ),
    "layout.skip.folder_link": Text(
        "{name} là liên kết tới một thư mục: không đọc", "{name} links to a folder: not followed"
    ),
    "hint.layout.skip.folder_link": Text(
        "chép thư mục vào kế hoạch, hoặc xóa liên kết",
        "copy the folder into the plan, or remove the link",
    ),
    "layout.skip.unlistable": Text("không mở được {name}", "cannot open {name}"),
    "hint.layout.skip.unlistable": Text(
        "kiểm tra quyền đọc của thư mục (hoặc tệp) này",
        "check the permissions of this folder or file",
    ),
    "layout.skip.too_deep": Text(
        "thư mục {name} nằm quá sâu: không đọc", "folder {name} is nested too deep: not read"
    ),
    "hint.layout.skip.too_deep": Text(
        "tệp tiến độ đặt ở progress/<kỳ>/<mã-đơn-vị>.yaml",
        "progress files go in progress/<period>/<unit-id>.yaml",
    ),
    "layout.skip.folder": Text(
        "{name} là một thư mục, không phải tệp", "{name} is a folder, not a file"
    ),
    "hint.layout.skip.folder": Text("xóa hoặc đổi tên thư mục này", "remove or rename the folder"),
    "layout.skip.control_name": Text(
        "tên {name} có ký tự điều khiển: không đọc",
        "the name {name} holds control characters: not read",
    ),
    "hint.layout.skip.control_name": Text("đổi tên tệp", "rename it"),
    "layout.twin": Text(
        "có cả {other} và {name}: {name} không được đọc",
        "both {other} and {name}: {name} is not read",
    ),
    "hint.layout.twin": Text(
        "giữ một tệp: gộp nội dung vào {other} rồi xóa {name}",
        "keep one: merge what {name} holds into {other}, then delete it",
    ),
    "layout.not_a_folder": Text(
        "{name} phải là một thư mục, không phải tệp", "{name} must be a folder, not a file"
    ),
    "hint.layout.not_a_folder": Text(
        "tạo thư mục {name}/ và đặt các tệp vào đó", "make {name}/ a folder and put the files in it"
    ),
    "layout.wrong_suffix": Text(
        "{name} không được đọc: tệp kế hoạch có đuôi .yaml",
        "{name} is not read: plan files end in .yaml",
    ),
    "hint.layout.wrong_suffix": Text("đổi tên thành {suggestion}", "rename it to {suggestion}"),
    "date.period_too_long": Text(
        "kỳ của kế hoạch ({start} - {end}) dài hơn {years} năm",
        "the plan's period ({start} - {end}) spans more than {years} years",
    ),
    "hint.period_too_long": Text(
        "kiểm tra năm của ngày bắt đầu và kết thúc", "check the years of start and end"
    ),
    "cli.control_in_argument": Text(
        "giá trị '{value}' có ký tự điều khiển; hãy gõ lại",
        "the value '{value}' holds control characters; type it again",
    ),
    "cli.os_error": Text(
        "không đọc hoặc ghi được {path}: {detail}", "cannot read or write {path}: {detail}"
    ),
    "cli.empty_option": Text(
        "{option} không được để trống", "{option} needs a value, not an empty string"
    ),
    # --- speed (issue 11) ---
    "col.text": Text("Nội dung", "Text"),
    # Periods, as running text says them (cchc.schedule.Period.label)
    "period.quarter": Text("quý {number}/{year}", "Q{number} {year}"),
    "period.month": Text("tháng {month}/{year}", "{month} {year}"),
    "period.h1": Text("6 tháng đầu năm {year}", "first half of {year}"),
    "period.h2": Text("6 tháng cuối năm {year}", "second half of {year}"),
    "period.9m": Text("9 tháng năm {year}", "nine months of {year}"),
    "period.year": Text("năm {year}", "year {year}"),
    "help.opt.pretty": Text(
        "JSON thụt lề cho dễ đọc (mặc định: một dòng, cho chương trình đọc)",
        "indent the JSON for people (default: one line, for programs)",
    ),
    "help.opt.no_cache": Text(
        "Đọc lại mọi tệp, không dùng bộ nhớ đệm (cache) của lần chạy trước.",
        "Read every file again, without the cache of earlier runs.",
    ),
}


def translate(key: str, lang: str = "vi", /, **args: object) -> str:
    """The message ``key`` in ``lang`` (Vietnamese when the language is unknown), formatted."""
    text = CATALOG[key]
    template = text.en if lang == "en" else text.vi
    values = {
        name: translate(value, lang) if isinstance(value, Key) else value
        for name, value in args.items()
    }
    if "|" not in template:
        return template.format_map(values)
    return _PLURALS.vformat(template, (), values)


class _Plurals(string.Formatter):
    """``{errors:error|errors}`` picks the word for the count: "1 error", "2 errors".

    Vietnamese has no plural forms, so only other languages' templates use it."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" not in format_spec:
            return str(super().format_field(value, format_spec))
        one, _, many = format_spec.partition("|")
        count = str(value).replace(".", "").replace(",", "").strip()
        return one if count in ("1", "-1") else many


_PLURALS = _Plurals()
