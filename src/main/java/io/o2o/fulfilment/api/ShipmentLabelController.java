package io.o2o.fulfilment.api;

import io.o2o.fulfilment.order.Order;
import io.o2o.fulfilment.order.OrderNotFoundException;
import io.o2o.fulfilment.order.OrderService;
import io.o2o.fulfilment.order.Shipment;
import io.o2o.fulfilment.order.ShipmentService;
import io.o2o.fulfilment.order.Vnd;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The shipping label of a booked parcel, as a page the packer prints (A6): the carrier's order and
 * sort codes large, sender and receiver, the cash to collect, what is inside. For the staff of the
 * parcel's store and ops.
 */
@RestController
class ShipmentLabelController {

    private final ShipmentService shipments;
    private final OrderService orders;
    private final StoreRepository stores;
    private final OrderAccess access;

    ShipmentLabelController(ShipmentService shipments, OrderService orders, StoreRepository stores, OrderAccess access) {
        this.shipments = shipments;
        this.orders = orders;
        this.stores = stores;
        this.access = access;
    }

    @GetMapping(path = "/api/shipments/{shipmentId}/label", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Printable shipping label of a booked parcel (its store's staff, and ops)",
            security = @SecurityRequirement(name = "basic"))
    String label(@PathVariable String shipmentId, Authentication user) {
        Shipment shipment = shipments.find(shipmentId).filter(s -> s.booked())
                .filter(s -> access.isOps(user) || access.worksAt(user, s.storeId()))
                .orElseThrow(() -> new OrderNotFoundException(shipmentId));
        Order order = orders.get(shipment.orderNumber());
        Store store = stores.findById(shipment.storeId()).orElseThrow();
        String items = shipment.lines().stream().filter(l -> l.shippedQuantity() > 0)
                .map(l -> "<li>" + l.shippedQuantity() + " × " + html(order.line(l.sku()).name()) + " (" + html(l.sku())
                        + ")</li>")
                .collect(Collectors.joining());
        String cod = shipment.codAmount() > 0 ? Vnd.format(shipment.codAmount()) : "0 ₫";
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>%s</title>
                <style>
                  @page { size: A6; margin: 6mm; }
                  body { font-family: sans-serif; font-size: 12px; max-width: 100mm; margin: 0 auto; }
                  .code { font: bold 26px monospace; letter-spacing: 2px; border: 2px solid #000; padding: 4px; text-align: center; }
                  .sort { font: bold 40px monospace; text-align: center; margin: 4px 0; }
                  section { border-top: 1px dashed #000; padding: 4px 0; }
                  h2 { font-size: 12px; margin: 0; text-transform: uppercase; }
                  .cod { font-size: 18px; font-weight: bold; }
                  @media print { .noprint { display: none; } }
                </style></head><body>
                <p class="noprint"><button onclick="window.print()">In nhãn / Print</button></p>
                <div class="code" id="carrier-order-code">%s</div>
                <div class="sort" id="sort-code">%s</div>
                <section><h2>Người gửi / From</h2>%s · %s<br>%s, %s, %s</section>
                <section><h2>Người nhận / To</h2><strong>%s</strong> · %s<br>%s</section>
                <section><h2>Thu hộ / Cash on delivery</h2><span class="cod" id="cod">%s</span></section>
                <section><h2>Hàng hóa / Contents</h2><ul>%s</ul>%s g · %s×%s×%s cm</section>
                <section>%s · %s · %s</section>
                </body></html>
                """.formatted(html(shipment.carrierOrderCode()), html(shipment.carrierOrderCode()),
                html(shipment.sortCode() == null ? "" : shipment.sortCode()), html(store.name()), html(store.phone()),
                html(store.address()), html(store.district()), html(store.city()), html(order.deliveryAddress().name()),
                html(order.deliveryAddress().phone()), html(order.deliveryAddress().place()), cod, items,
                shipment.weightGrams(), shipment.lengthCm(), shipment.widthCm(), shipment.heightCm(),
                html(order.orderNumber()), html(shipment.shipmentId()), html(shipment.carrier().toUpperCase(Locale.ROOT)));
    }

    private static String html(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
