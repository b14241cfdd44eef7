package io.o2o.fulfilment.simulator.ghn;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vietnam's 63 provinces and centrally governed cities as GHN's names-based API takes them, written
 * with or without diacritics, with or without "Tỉnh"/"Thành phố", and the usual short names of the
 * two big cities ("HCM", "TP.HCM", "Sài Gòn", "HN").
 */
final class Provinces {

    private static final Set<String> NAMES = Stream.of("An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn",
            "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
            "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
            "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
            "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
            "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
            "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
            "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
            "Vĩnh Phúc", "Yên Bái").map(Provinces::plain).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, String> SHORT_NAMES = Map.of("hcm", "ho chi minh", "tphcm", "ho chi minh",
            "tp hcm", "ho chi minh", "sai gon", "ho chi minh", "saigon", "ho chi minh", "hn", "ha noi", "hue",
            "thua thien hue");

    private Provinces() {
    }

    /** The province a name means, in plain letters ({@code ho chi minh}), or empty when none. */
    static Optional<String> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String plain = plain(name).replaceFirst("^(thanh pho|tp|tinh) ", "");
        String province = SHORT_NAMES.getOrDefault(plain, plain);
        return NAMES.contains(province) ? Optional.of(province) : Optional.empty();
    }

    /**
     * Lower case without diacritics, punctuation or repeated spaces: {@code Thành phố Hồ Chí Minh} →
     * {@code thanh pho ho chi minh}.
     */
    private static String plain(String name) {
        String letters = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return letters.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
