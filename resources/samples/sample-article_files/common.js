/* Fictional portal script saved with the sample page: font-size switch and print. */
function doZoom(size) {
  var el = document.getElementById("zoom");
  if (el) { el.style.fontSize = size + "px"; }
}
