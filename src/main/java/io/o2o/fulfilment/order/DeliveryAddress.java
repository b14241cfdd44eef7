package io.o2o.fulfilment.order;

/** Where a ship-from-store order goes: who receives it and the address as the customer wrote it. */
public record DeliveryAddress(String name, String phone, String street, String ward, String district, String city) {

    /** On one line, as on a label: {@code Nguyễn Văn An, 0901234567, 12 Tràng Tiền, Hoàn Kiếm, Hà Nội}. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(name).append(", ").append(phone).append(", ").append(street);
        if (ward != null && !ward.isBlank()) {
            line.append(", ").append(ward);
        }
        return line.append(", ").append(district).append(", ").append(city).toString();
    }
}
