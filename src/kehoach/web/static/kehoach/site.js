// kehoach: progressive enhancement only. Every form works without this file.
(function () {
  "use strict";

  // Live lint: a form with data-lint-url posts its fields (debounced) and swaps the findings panel.
  function liveLint(form) {
    var url = form.getAttribute("data-lint-url");
    var target = document.getElementById(form.getAttribute("data-lint-target") || "lint-panel");
    var state = document.getElementById("lint-state");
    if (!url || !target || !window.fetch || !window.FormData) return;
    var timer = null, seq = 0;
    function run() {
      var mine = ++seq;
      if (state) state.textContent = "Đang kiểm tra…";
      fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin",
                   headers: { "X-Requested-With": "fetch" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { if (mine === seq) { target.innerHTML = html; if (state) state.textContent = "Đã kiểm tra theo nội dung đang sửa (chưa lưu)."; } })
        .catch(function () { if (state) state.textContent = "Không kiểm tra được lúc này."; });
    }
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 700); });
  }

  // "Thêm dòng": add the formset's empty row in the page instead of posting the form back.
  function addRows(form) {
    form.querySelectorAll("button[data-add-row]").forEach(function (button) {
      var prefix = button.getAttribute("data-add-row");
      var template = document.getElementById(prefix + "-empty");
      var rows = document.getElementById(prefix + "-rows");
      var total = form.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
      if (!template || !rows || !total || !("content" in template)) return;
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var index = parseInt(total.value, 10) || 0;
        rows.insertAdjacentHTML("beforeend", template.innerHTML.replace(/__prefix__/g, String(index)));
        total.value = String(index + 1);
        var first = rows.lastElementChild && rows.lastElementChild.querySelector("input:not([type=checkbox]), textarea");
        if (first) first.focus();
      });
    });
    // A row marked "Xóa" is greyed out until the save leaves it out.
    form.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.name || !/-DELETE$/.test(box.name)) return;
      var row = box.closest(".row-form");
      if (row) row.classList.toggle("row-removed", box.checked);
    });
  }

  // Confirm before irreversible steps (issue, return).
  function confirmations() {
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
  }

  // A filter <select data-autosubmit> applies itself (no inline handler: the CSP allows no inline script).
  function autosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  }

  // A finding's place ("Mục II.1, đoạn 3"): in the plan view the paragraph it is about is focused and
  // highlighted; in the editor the field is, with the paragraph's line selected in a textarea that
  // holds one paragraph per line. Delegated: the live check replaces the findings panel.
  function selectLine(area, wanted) {
    var lines = area.value.split("\n"), start = 0, seen = -1;
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].trim()) seen++;
      if (seen === wanted && lines[i].trim()) { area.setSelectionRange(start, start + lines[i].length); return; }
      start += lines[i].length + 1;
    }
  }
  function findingLinks() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a.finding-place") : null;
      if (!link) return;
      var field = link.getAttribute("data-field");
      var id = field || link.getAttribute("data-anchor");
      var target = id ? document.getElementById(id) : null;
      if (!target) return;
      event.preventDefault();
      document.querySelectorAll(".finding-target").forEach(function (el) { el.classList.remove("finding-target"); });
      var box = field ? (target.parentElement || target) : target;
      box.classList.add("finding-target");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      var line = link.getAttribute("data-field-line");
      if (line !== null && target.setSelectionRange) selectLine(target, parseInt(line, 10));
      if (window.history && history.replaceState) history.replaceState(null, "", "#" + id);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    findingLinks();
    autosubmit();
    document.querySelectorAll("form[data-lint-url]").forEach(liveLint);
    document.querySelectorAll("form").forEach(addRows);
    confirmations();
  });
})();
