package io.o2o.fulfilment.integrations.erpfile;

import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.SaleRecord;
import io.o2o.fulfilment.port.contract.ActionContract;
import io.o2o.fulfilment.port.contract.PortContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The file-drop ERP adapter honours erp.post-sale: one file per sale, none more on a retry, and a
 * drop folder it cannot write is a technical failure.
 */
@AdapterRouteTest
class ErpFileContractTest extends PortContract {

    @TempDir
    static Path temp;

    @Autowired
    ProducerTemplate camel;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry properties) {
        properties.add("o2o.erp-file.directory", () -> drop().toString());
    }

    private static Path drop() {
        return temp.resolve("erp-drop");
    }

    @Override
    protected String adapter() {
        return "erp-file";
    }

    @Override
    protected ProducerTemplate camel() {
        return camel;
    }

    /** A file where the folder should be cannot be written into, for any user. */
    @Override
    protected void partnerFails() {
        try {
            FileSystemUtils.deleteRecursively(drop());
            Files.writeString(drop(), "not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void partnerRecovers() {
        try {
            Files.deleteIfExists(drop());
            Files.createDirectories(drop());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected List<ActionContract> actions() {
        return List.of(ActionContract.of(Port.ERP_POST_SALE, ErpFileContractTest::sale,
                request -> filesOf(((SaleRecord) request).orderNumber())));
    }

    private static SaleRecord sale() {
        String orderNumber = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        return new SaleRecord(UUID.randomUUID().toString(), orderNumber, "HCM-Q1", Instant.parse("2026-03-01T10:15:30Z"),
                "MOMO", 398_000, List.of(new SaleRecord.SaleLine("SKU-1001", "Áo thun cotton trắng", 2, 199_000,
                        398_000)));
    }

    private static long filesOf(String orderNumber) {
        if (!Files.isDirectory(drop())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(drop())) {
            return files.filter(f -> f.getFileName().toString().startsWith(orderNumber + "_")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
