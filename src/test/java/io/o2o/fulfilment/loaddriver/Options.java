package io.o2o.fulfilment.loaddriver;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The load driver's command line. */
record Options(URI baseUrl, double rate, Duration duration, long maxOrders, List<String> stores,
        PaymentMode payment, int concurrency, Duration timeout, boolean allowRemote) {

    static final String USAGE = """
            usage: LoadDriver [options]
              --base-url URL       application to drive (default http://localhost:8080)
              --rate N             orders started per second, on a fixed schedule (default 1)
              --duration S         seconds during which orders are started (default 60)
              --max-orders N       stop starting orders after N (default: no limit)
              --stores A,B         click-and-collect stores to order from (default HCM-Q1,HCM-Q7,HN-HK)
              --payment MODE       MOMO, PAY_AT_STORE or MIXED (default MIXED)
              --concurrency N      worker threads, one per order in flight (default 32)
              --timeout S          seconds one order may take from placing to collected (default 120)
              --allow-remote       allow a base URL that is not localhost/127.x/::1
            """;

    /** Thrown for --help, so the caller prints the usage and exits successfully. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help requested");
        }
    }

    static Options parse(String... args) {
        URI baseUrl = URI.create("http://localhost:8080");
        double rate = 1;
        Duration duration = Duration.ofSeconds(60);
        long maxOrders = Long.MAX_VALUE;
        List<String> stores = List.of("HCM-Q1", "HCM-Q7", "HN-HK");
        PaymentMode payment = PaymentMode.MIXED;
        int concurrency = 32;
        Duration timeout = Duration.ofSeconds(120);
        boolean allowRemote = false;

        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (name.equals("--allow-remote")) {
                allowRemote = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--base-url" -> baseUrl = baseUrl(value);
                case "--rate" -> rate = positiveDouble(name, value);
                case "--duration" -> duration = seconds(name, value);
                case "--max-orders" -> maxOrders = positiveLong(name, value);
                case "--stores" -> stores = stores(value);
                case "--payment" -> payment = payment(value);
                case "--concurrency" -> concurrency = Math.toIntExact(positiveLong(name, value));
                case "--timeout" -> timeout = seconds(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        Targets.requireAllowed(baseUrl, allowRemote, "base URL");
        return new Options(baseUrl, rate, duration, maxOrders, stores, payment, concurrency, timeout,
                allowRemote);
    }

    private static URI baseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("--base-url " + value + " is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--base-url " + value + " must be an http(s) URL with a host");
        }
        return uri;
    }

    private static double positiveDouble(String name, String value) {
        double parsed = number(name, value, Double::parseDouble, "a number");
        if (!(parsed > 0) || Double.isInfinite(parsed)) {
            throw new IllegalArgumentException(name + " must be greater than 0, was " + value);
        }
        return parsed;
    }

    private static long positiveLong(String name, String value) {
        long parsed = number(name, value, Long::parseLong, "a whole number");
        if (parsed < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return parsed;
    }

    private static <T> T number(String name, String value, Function<String, T> parser, String kind) {
        try {
            return parser.apply(value);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " " + value + " is not " + kind);
        }
    }

    private static Duration seconds(String name, String value) {
        return Duration.ofMillis(Math.round(positiveDouble(name, value) * 1000));
    }

    private static List<String> stores(String value) {
        List<String> stores = Arrays.stream(value.split(","))
            .map(String::trim)
            .filter(store -> !store.isEmpty())
            .map(store -> store.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("--stores needs at least one store id");
        }
        return stores;
    }

    private static PaymentMode payment(String value) {
        try {
            return PaymentMode.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("--payment must be MOMO, PAY_AT_STORE or MIXED, was " + value);
        }
    }
}
