// Runs before the page's first paint (a classic script in <head>): a visitor who has stored documents, or who
// arrives by a link carrying one (#...), never sees the static first paint of the sample (#first-paint, see
// src/components/first_paint.rs); the app opens their own document instead.
(function () {
  var returning = location.hash.length > 1;
  try {
    for (var i = 0; !returning && i < localStorage.length; i++) {
      if (String(localStorage.key(i)).indexOf('spandrel/v2/doc/') === 0) returning = true;
    }
  } catch (e) {
    returning = true; // storage unreadable: do not promise the sample
  }
  if (returning) document.documentElement.classList.add('has-work');
})();
