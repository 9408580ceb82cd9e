// Sends the CSRF token with every htmx request, and small behaviours that must not be inline (CSP).
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// An expired session answers a poll with 401: go to the login page instead of polling on.
document.addEventListener("htmx:responseError", (event) => {
  if (event.detail.xhr.status === 401) {
    window.location.href = "/login";
  }
});

document.addEventListener("click", (event) => {
  if (event.target.matches(".remove-faq")) {
    event.target.closest(".faq").remove();
  }
});

// The emulator clears its input once a message went out, ready for the next one.
document.addEventListener("htmx:afterRequest", (event) => {
  if (event.detail.elt.id === "emulator-form" && event.detail.successful) {
    const input = document.getElementById("emulator-text");
    input.value = "";
    input.focus();
  }
});

// Submitting the inventory filter when its status changes.
document.addEventListener("change", (event) => {
  if (event.target.matches("form.filters select") && !event.target.closest("form").hasAttribute("hx-get")) {
    event.target.form.requestSubmit();
  }
});

// Picking a saved reply fills the reply box with its text, to send as is or edit first.
document.addEventListener("change", (event) => {
  if (event.target.id === "saved-reply-pick") {
    const chosen = event.target.selectedOptions[0];
    if (chosen && chosen.dataset.text) {
      document.getElementById("reply-text").value = chosen.dataset.text;
    }
  }
});
