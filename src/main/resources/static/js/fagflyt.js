// Sends the CSRF token with every htmx request, read from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Print buttons (no inline handlers: the content security policy forbids them).
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-print]');
  if (target) {
    window.print();
  }
});

// Buttons that remove something ask first; without JavaScript the form simply submits.
document.addEventListener('click', function (event) {
  var target = event.target.closest('button[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
