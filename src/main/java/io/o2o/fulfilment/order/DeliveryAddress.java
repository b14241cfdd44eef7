package io.o2o.fulfilment.order;

/** Where a ship-from-store order goes: who receives it and the address as the customer wrote it. */
public record DeliveryAddress(String name, String phone, String street, String ward, String district, String city) {

    /** Who and where on one line: {@code Nguyễn Văn An, 0901234567, 12 Tràng Tiền, Hoàn Kiếm, Hà Nội}. */
    public String oneLine() {
        return name + ", " + phone + ", " + place();
    }

    /** Where, on one line: {@code 12 Tràng Tiền, Tràng Tiền, Hoàn Kiếm, Hà Nội}. */
    public String place() {
        return street + (ward == null || ward.isBlank() ? "" : ", " + ward) + ", " + district + ", " + city;
    }
}
