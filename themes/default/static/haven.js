/* haven: quick exit, and in-site navigation that leaves a single history entry.
   Everything here enhances pages that already work without JavaScript. */
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) { return; }
  var destination = button.getAttribute("href");

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.classList.add("haven-exiting");
    document.title = "";
    window.location.replace(destination);
  }

  button.addEventListener("click", leave);

  /* Shift pressed three times within five seconds, as in the GOV.UK "Exit this page" pattern. */
  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { presses = 0; return; }
    presses += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { presses = 0; }, 5000);
    if (presses >= 3) { presses = 0; leave(); }
  });

  /* Links inside the site replace the current history entry, so that after a quick exit
     the Back button cannot return to any page of this site. */
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || link === button || link.target || link.hasAttribute("download")) { return; }
    var href = link.getAttribute("href");
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") { return; }
    event.preventDefault();
    window.location.replace(link.href);
  });
}());
