// An order being placed, followed live: the storefront relays the order's end (Server-Sent Events from
// /orders/{id}/live); the page's status, timeline and cancel button are then fetched again and swapped in, without a
// reload. Without JavaScript, the page is the same, as of when it was opened.
(function () {
    "use strict";
    const order = document.querySelector('main.order[data-status="PENDING"]');
    if (!order || !window.EventSource) {
        return;
    }
    const live = new EventSource("/orders/" + encodeURIComponent(order.dataset.order) + "/live");
    live.addEventListener("status", async function () {
        live.close();
        const answer = await fetch(window.location.pathname, {headers: {Accept: "text/html"}});
        if (!answer.ok) {
            return;
        }
        const fresh = new DOMParser().parseFromString(await answer.text(), "text/html");
        for (const part of [".status", "#timeline"]) {
            const now = fresh.querySelector(part);
            const shown = document.querySelector(part);
            if (now && shown) {
                shown.replaceWith(document.importNode(now, true));
            }
        }
        const cancel = document.getElementById("cancel-order");
        if (cancel && !fresh.getElementById("cancel-order")) {
            cancel.remove();
        }
        const freshOrder = fresh.querySelector("main.order");
        if (freshOrder) {
            order.dataset.status = freshOrder.dataset.status;
        }
    });
})();
