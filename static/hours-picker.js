/* Récupère-DON! admin: the per-day hours picker under the opening-hours field. Ticking days and
   times writes the field in plain French (`lun-ven 9h-12h et 13h-17h; sam 10h-16h`), which the
   server reads like typed text; when the preview says the field is one plain week, the picker
   shows it back. */
(function () {
  "use strict";

  var DAY_WORDS = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];
  var BREAK = ["12:00", "13:00"];

  function initHoursPicker() {
    var picker = document.getElementById("hours-picker");
    var input = document.getElementById("opening_hours");
    if (!picker || !input) {
      return;
    }
    var other = document.getElementById("hours-picker-other");
    var rows = Array.prototype.slice.call(picker.querySelectorAll(".hours-day"));
    // What the picker last wrote: the preview of its own text must not refill it while in use.
    var written = null;

    function parts(row) {
      return {
        open: row.querySelector(".hours-open"),
        withBreak: row.querySelector(".hours-has-break"),
        times: Array.prototype.slice.call(row.querySelectorAll(".hours-time"))
      };
    }

    function show(row) {
      var p = parts(row);
      var open = p.open.checked;
      row.classList.toggle("is-open", open);
      row.classList.toggle("has-break", open && p.withBreak.checked);
    }

    function ranges(row) {
      var p = parts(row);
      if (!p.open.checked) {
        return [];
      }
      var values = p.times.map(function (time) { return time.value; });
      var list = [[values[0], values[1]]];
      if (p.withBreak.checked) {
        list.push([values[2], values[3]]);
      }
      return list.filter(function (range) { return range[0] && range[1]; });
    }

    // 09:00 → 9h, 09:30 → 9h30; a closing at 00:00 is midnight at the end of the day: 24h.
    function clock(value, closing) {
      var hour = parseInt(value.slice(0, 2), 10);
      var minutes = value.slice(3, 5);
      if (closing && hour === 0 && minutes === "00") {
        hour = 24;
      }
      return hour + "h" + (minutes === "00" ? "" : minutes);
    }

    // [0, 1, 2, 3, 4] → lun-ven; [0, 2] → lun, mer; [0, 1] → lun, mar
    function dayWords(days) {
      var words = [];
      var run = [];
      days.concat([null]).forEach(function (day) {
        if (day !== null && run.length && day === run[run.length - 1] + 1) {
          run.push(day);
          return;
        }
        if (run.length >= 3) {
          words.push(DAY_WORDS[run[0]] + "-" + DAY_WORDS[run[run.length - 1]]);
        } else {
          run.forEach(function (d) { words.push(DAY_WORDS[d]); });
        }
        run = day === null ? [] : [day];
      });
      return words.join(", ");
    }

    function text() {
      var groups = [];
      rows.forEach(function (row, day) {
        var list = ranges(row);
        if (!list.length) {
          return;
        }
        var key = list.join(" ");
        var group = groups.filter(function (g) { return g.key === key; })[0];
        if (!group) {
          group = { key: key, days: [], ranges: list };
          groups.push(group);
        }
        group.days.push(day);
      });
      return groups.map(function (group) {
        return dayWords(group.days) + " " + group.ranges.map(function (range) {
          return clock(range[0], false) + "-" + clock(range[1], true);
        }).join(" et ");
      }).join("; ");
    }

    function write() {
      written = text();
      input.value = written;
      other.hidden = true;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // week: per weekday, Monday first, ["09:00-12:00", "13:00-17:00"] or [] when closed.
    function fill(week) {
      rows.forEach(function (row, day) {
        var p = parts(row);
        var values = [];
        week[day].forEach(function (range) {
          var ends = range.split("-");
          values.push(ends[0], ends[1] === "24:00" ? "00:00" : ends[1]);
        });
        p.open.checked = values.length > 0;
        p.withBreak.checked = values.length > 2;
        // Unused times keep what they held, ready for when the day is ticked.
        p.times.forEach(function (time, i) { time.value = values[i] || time.value; });
        show(row);
      });
    }

    function closeAll() {
      rows.forEach(function (row) {
        parts(row).open.checked = false;
        show(row);
      });
    }

    rows.forEach(function (row, day) {
      var p = parts(row);
      p.open.addEventListener("change", function () {
        // A day just opened takes the hours of the nearest open day before it, as lists go.
        for (var before = day - 1; p.open.checked && before >= 0; before--) {
          var previous = parts(rows[before]);
          if (previous.open.checked) {
            previous.times.forEach(function (time, i) { p.times[i].value = time.value; });
            p.withBreak.checked = previous.withBreak.checked;
            break;
          }
        }
        show(row);
        write();
      });
      p.withBreak.addEventListener("change", function () {
        // The day's closing moves after the break, and back when the break goes.
        if (p.withBreak.checked) {
          p.times[3].value = p.times[1].value;
          p.times[1].value = BREAK[0];
          p.times[2].value = BREAK[1];
        } else {
          p.times[1].value = p.times[3].value;
        }
        show(row);
        write();
      });
      p.times.forEach(function (time) { time.addEventListener("input", write); });
    });

    document.getElementById("hours-copy-monday").addEventListener("click", function () {
      var monday = parts(rows[0]);
      rows.slice(1, 5).forEach(function (row) {
        var p = parts(row);
        p.open.checked = monday.open.checked;
        p.withBreak.checked = monday.withBreak.checked;
        monday.times.forEach(function (time, i) { p.times[i].value = time.value; });
        show(row);
      });
      write();
    });

    input.addEventListener("hours:read", function (event) {
      var detail = event.detail;
      // Its own text is already shown; an answer about an older text would undo later clicks.
      if (detail.text === written || detail.text !== input.value.trim()) {
        return;
      }
      if (detail.data.week) {
        fill(detail.data.week);
        other.hidden = true;
      } else if (detail.data.osm) {
        other.hidden = false;
      }
    });
    input.addEventListener("input", function () {
      if (!input.value.trim()) {
        closeAll();
        other.hidden = true;
      }
    });

    if (!input.value.trim()) {
      closeAll();
    }
    picker.hidden = false;
  }

  initHoursPicker();
}());
