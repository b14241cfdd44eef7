package io.o2o.fulfilment.process;

/**
 * Names of process variables, messages and BPMN errors shared by the models and the glue. The
 * order itself is the process's business key; what matters for decisions (amounts, stock held,
 * pickup codes, store) is read from the order tables, since task variables can be set by the user
 * who completes a task.
 */
public final class JourneyVariables {

    public static final String CLICK_AND_COLLECT = "click-and-collect";
    public static final String REFUND_PAYMENT = "refund-payment";
    public static final String PICK_AND_STAGE = "pick-and-stage";
    public static final String PICK_ITEMS = "pick-items";
    public static final String SHIP_FROM_STORE = "ship-from-store";

    /** Task-local, for the staff to read: the process itself uses its business key. */
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String PAYMENT_METHOD = "paymentMethod";
    /** Task-local, for the task list: how the customer pays, in words. */
    public static final String PAYMENT = "payment";
    public static final String PAYMENT_WINDOW = "paymentWindow";
    public static final String READY_WITHIN = "readyWithin";
    public static final String COLLECTION_WINDOW = "collectionWindow";
    public static final String REMINDER_CYCLE = "reminderCycle";
    /** ISO 8601 duration from the start after which money the wallet still holds is captured. */
    public static final String CAPTURE_HELD_PAYMENT_AFTER = "captureHeldPaymentAfter";
    public static final String PICKED_QUANTITIES = "pickedQuantities";
    /** JSON object of SKU to {@code ShortPickReason}, for the lines picked short. */
    public static final String SHORT_PICK_REASONS = "shortPickReasons";
    public static final String CUSTOMER_FIRST_NAME = "customerFirstName";
    public static final String AMOUNT_TO_COLLECT = "amountToCollect";
    public static final String STAGED_AT = "stagedAt";
    public static final String PICK_OUTCOME = "pickOutcome";
    public static final String STAGING_LOCATION = "stagingLocation";
    public static final String PICKUP_CODE = "pickupCode";
    public static final String CODE_OUTCOME = "codeOutcome";
    /** Task-local: what the person taking the task must know first (a new code was sent, say). */
    public static final String TASK_NOTE = "taskNote";
    public static final String TENDER = "tender";
    public static final String REFUND_AMOUNT = "refundAmount";
    public static final String REFUND_REASON = "refundReason";
    public static final String REFUND_ID = "refundId";
    /** How an order's money goes back: VOID, REFUND or NONE. */
    public static final String GIVE_BACK = "giveBack";
    public static final String CAPTURE_DUE = "captureDue";
    public static final String RESOLUTION_REFERENCE = "resolutionReference";
    public static final String CANCEL_REASON = "cancelReason";
    public static final String NEEDS_REFUND = "needsRefund";
    public static final String NEEDS_RELEASE = "needsRelease";
    /** The stores a cancellation releases stock in, one call each ({@code releaseStoreId}). */
    public static final String RELEASE_STORES = "releaseStores";
    public static final String RELEASE_STORE_ID = "releaseStoreId";

    /** The parcel a ship-from-store step is about; in scope of each parcel's process. */
    public static final String SHIPMENT_ID = "shipmentId";
    /** The parcels sourcing made for the order, in the order they were made. */
    public static final String SHIPMENT_IDS = "shipmentIds";
    /** Parcels sourced again for what a store could not pick. */
    public static final String REPLACEMENT_IDS = "replacementIds";
    /** What the carrier's last report means for the parcel's process: NONE, OUT_FOR_DELIVERY, DELIVERY_FAILED, ... */
    public static final String PARCEL_NEWS = "parcelNews";
    public static final String DELIVERY_ATTEMPT_LIMIT = "deliveryAttemptLimit";
    public static final String DELIVERY_ATTEMPTS_LEFT = "deliveryAttemptsLeft";
    /** ISO 8601 duration without carrier news after which the carrier is asked. */
    public static final String TRACK_AFTER = "trackAfter";
    public static final String COD_MISMATCH = "codMismatch";
    /** CAPTURE, VOID, REFUND or NONE: what settling a ship-from-store order does with its money. */
    public static final String MONEY_ACTION = "moneyAction";
    public static final String PARCELS_TO_RECALL = "parcelsToRecall";
    /** Parcels whose stock is still to be held: the sourced ones, then those sourced again after a refusal. */
    public static final String PARCELS_TO_RESERVE = "parcelsToReserve";
    /** CANCEL_BOOKING, RETURN or NONE. */
    public static final String RECALL_ACTION = "recallAction";
    public static final String PARCEL_CONDITION = "parcelCondition";

    public static final String MESSAGE_PAYMENT_CONFIRMED = "PaymentConfirmed";
    public static final String MESSAGE_PAYMENT_FAILED = "PaymentFailed";
    public static final String MESSAGE_CANCELLATION_REQUESTED = "OrderCancellationRequested";
    /** Followed by {@code -<shipmentId>}: news about one parcel, for its process to read. */
    public static final String MESSAGE_PARCEL_UPDATED = "ParcelUpdated";


    private JourneyVariables() {
    }
}
