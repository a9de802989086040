// The interactive API documentation, from the schema this server publishes.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: box.dataset.url, domNode: box, deepLinking: true });
});
