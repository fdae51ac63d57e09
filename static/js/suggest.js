// Suggestions for the filter boxes that choose a place or an organisation by typing it.
// Each such box names its JSON source in data-suggestions and its <datalist> in list; as one
// types, the datalist is refilled with the names the source returns. Without this script the
// boxes still take a typed name or slug.
(function () {
  "use strict";
  var WAIT_MS = 150;

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var source = input.getAttribute("data-suggestions");
    if (!list || !source) return;
    var timer = null;
    var pending = null;
    var lastAsked = null;

    function fill(results) {
      var options = document.createDocumentFragment();
      results.forEach(function (result) {
        var option = document.createElement("option");
        option.value = result.name;
        options.appendChild(option);
      });
      list.replaceChildren(options);
    }

    function ask() {
      var text = input.value.trim();
      if (text === lastAsked) return;
      lastAsked = text;
      if (pending) pending.abort();
      if (!text) {
        fill([]);
        return;
      }
      pending = new AbortController();
      fetch(source + "?q=" + encodeURIComponent(text), {
        signal: pending.signal,
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          fill(data.results || []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, WAIT_MS);
    });
  }

  document.querySelectorAll("input[data-suggestions][list]").forEach(attach);
})();
