package io.o2o.fulfilment.integrations.erpfile;

import io.o2o.fulfilment.port.ErpAcknowledgement;
import io.o2o.fulfilment.port.SaleRecord;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sale as the ERP's CSV import takes it (RFC 4180): a header, then one line per sale line with the
 * sale's own fields repeated. The file is named by order number and idempotency key.
 */
public final class SaleCsv {

    static final String HEADER = "order_number,store_id,collected_at,tender,sku,name,quantity,unit_price,amount";
    private static final String EXTENSION = ".csv";
    private static final Pattern NOT_SAFE_IN_A_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]|^\\s|\\s$");

    private SaleCsv() {
    }

    public static String fileName(SaleRecord sale) {
        return safe(sale.orderNumber()) + "_" + safe(sale.idempotencyKey()) + EXTENSION;
    }

    public static String format(SaleRecord sale) {
        return Stream.concat(Stream.of(HEADER), sale.lines().stream().map(line -> row(sale, line)))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** The file's name without extension is the document number the process keeps. */
    public static ErpAcknowledgement acknowledgement(String fileName) {
        return new ErpAcknowledgement(fileName.substring(0, fileName.length() - EXTENSION.length()));
    }

    private static String row(SaleRecord sale, SaleRecord.SaleLine line) {
        return Stream.of(sale.orderNumber(), sale.storeId(), sale.soldAt(), sale.tender(), line.sku(), line.name(),
                line.quantity(), line.unitPrice(), line.amount()).map(SaleCsv::field).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        String text = Objects.toString(value, "");
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Keys and order numbers come from this application, but a name with a slash must not leave the folder. */
    private static String safe(String part) {
        return NOT_SAFE_IN_A_FILE_NAME.matcher(part).replaceAll("_");
    }
}
