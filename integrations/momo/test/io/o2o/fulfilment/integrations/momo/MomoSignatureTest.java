package io.o2o.fulfilment.integrations.momo;

import static org.assertj.core.api.Assertions.assertThat;

import io.o2o.fulfilment.integrations.momo.MomoSignature.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected signatures were computed outside Java with
 * {@code printf '%s' "$RAW" | openssl dgst -sha256 -hmac "$SECRET"}, where RAW is the raw string
 * asserted in the same test and SECRET is {@link #SECRET}.
 */
class MomoSignatureTest {

    static final String ACCESS_KEY = "demo-KGgXIjWzEsc0SAY8";
    static final String SECRET = "demo-XMNYv8o7ISM5dW4LbslxYTqNFKVuVoVz";
    private static final String REQUEST_ID = "6f1c2a9e-3b7d-4c1e-9a55-0d2f8e4b7c31";

    private final MomoSignature signature = new MomoSignature(ACCESS_KEY, SECRET);

    @Test
    void signsCreateWithVietnameseOrderInfoAndEmptyRedirectUrl() {
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("partnerCode", "O2ODEMO");
        create.put("requestId", REQUEST_ID);
        create.put("amount", 259000L);
        create.put("orderId", "WEB-10023-P1");
        create.put("orderInfo", "Thanh toán đơn hàng WEB-10023");
        create.put("redirectUrl", "");
        create.put("ipnUrl", "http://localhost:8080/callbacks/momo/ipn");
        create.put("requestType", "captureWallet");
        create.put("extraData", "eyJvcmRlck51bWJlciI6IldFQi0xMDAyMyJ9");

        assertThat(signature.rawString(Message.CREATE, create)).isEqualTo("accessKey=" + ACCESS_KEY
                + "&amount=259000&extraData=eyJvcmRlck51bWJlciI6IldFQi0xMDAyMyJ9"
                + "&ipnUrl=http://localhost:8080/callbacks/momo/ipn&orderId=WEB-10023-P1"
                + "&orderInfo=Thanh toán đơn hàng WEB-10023&partnerCode=O2ODEMO&redirectUrl="
                + "&requestId=" + REQUEST_ID + "&requestType=captureWallet");
        assertThat(signature.sign(Message.CREATE, create))
                .isEqualTo("9c6af5ee5e04793cc7dccf960f80badaee002fb62f478e966a4f019cb33d80ec");
    }

    @Test
    void signsAndVerifiesIpn() {
        Map<String, Object> ipn = ipn();

        assertThat(signature.rawString(Message.IPN, ipn)).isEqualTo("accessKey=" + ACCESS_KEY
                + "&amount=259000&extraData=&message=Thành công.&orderId=WEB-10023-P1"
                + "&orderInfo=Thanh toán đơn hàng WEB-10023&orderType=momo_wallet&partnerCode=O2ODEMO&payType=qr"
                + "&requestId=" + REQUEST_ID + "&responseTime=1767225600000&resultCode=0&transId=4088878653");
        String expected = "339e01c5a3b10b426304477b5908d2e496556be4a2df7166cb80d38a1e7bb302";
        assertThat(signature.sign(Message.IPN, ipn)).isEqualTo(expected);
        assertThat(signature.verify(Message.IPN, ipn, expected)).isTrue();

        ipn.put("amount", 1000);
        assertThat(signature.verify(Message.IPN, ipn, expected)).isFalse();
        assertThat(signature.verify(Message.IPN, ipn(), null)).isFalse();
        assertThat(new MomoSignature(ACCESS_KEY, "another-secret").verify(Message.IPN, ipn(), expected)).isFalse();
    }

    @Test
    void signsRefundQueryAndConfirm() {
        Map<String, Object> refund = Map.of("partnerCode", "O2ODEMO", "orderId", "WEB-10023-R1", "requestId",
                "9b2e4f60-1c3a-4d7e-8f90-123456789abc", "amount", 50000, "transId", 4088878653L, "lang", "vi",
                "description", "Hoàn tiền thiếu hàng");
        assertThat(signature.sign(Message.REFUND, refund))
                .isEqualTo("e42adc26ef9b02e31cf51f2248b5ea8ae2eacc1a387600beb5b5e9e4a2dad17f");

        Map<String, Object> query = Map.of("partnerCode", "O2ODEMO", "orderId", "WEB-10023-P1", "requestId", "q-1");
        assertThat(signature.rawString(Message.QUERY, query))
                .isEqualTo("accessKey=" + ACCESS_KEY + "&orderId=WEB-10023-P1&partnerCode=O2ODEMO&requestId=q-1");
        assertThat(signature.sign(Message.QUERY, query))
                .isEqualTo("504f4cdf50dd5f6ec1ccfc11e39997d7b8746985f15fcf6eac2540735011388b");

        // description absent: signed as empty
        Map<String, Object> confirm = Map.of("partnerCode", "O2ODEMO", "orderId", "WEB-10023-P1", "requestId", "c-1",
                "amount", 259000, "requestType", "capture");
        assertThat(signature.sign(Message.CONFIRM, confirm))
                .isEqualTo("eb14528f0b7f07260f92ffaa49cf3c0d05e3cd62d6e692e336bf40de26b0d22a");
    }

    static Map<String, Object> ipn() {
        Map<String, Object> ipn = new LinkedHashMap<>();
        ipn.put("partnerCode", "O2ODEMO");
        ipn.put("orderId", "WEB-10023-P1");
        ipn.put("requestId", REQUEST_ID);
        ipn.put("amount", 259000);
        ipn.put("orderInfo", "Thanh toán đơn hàng WEB-10023");
        ipn.put("orderType", "momo_wallet");
        ipn.put("transId", 4088878653L);
        ipn.put("resultCode", 0);
        ipn.put("message", "Thành công.");
        ipn.put("payType", "qr");
        ipn.put("responseTime", 1767225600000L);
        ipn.put("extraData", "");
        return ipn;
    }
}
