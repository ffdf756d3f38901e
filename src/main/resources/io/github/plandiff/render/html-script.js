(function () {
  var buttons = document.querySelectorAll('button[data-topic]');
  function show(topic) {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-topic') === topic)); });
    document.querySelectorAll('main .change').forEach(function (c) {
      var topics = (c.getAttribute('data-topics') || '').split(' ');
      c.classList.toggle('filtered', topic !== '' && topics.indexOf(topic) < 0);
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-topic')); });
  });
  // A link ending in #topic=KEY opens the page filtered to that topic.
  var m = /^#topic=(.+)$/.exec(location.hash);
  if (m) {
    show(decodeURIComponent(m[1]));
  }
})();
(function () {
  // A link ending in #side opens the side-by-side view.
  if (location.hash === '#side') {
    document.getElementById('view-side').checked = true;
  }
})();
