"""Known exports, recognised by their header and mapped without questions.

Headers come from ../shared/data/pos_formats.md. Columns are matched by NAME, never by position:
these exports add, drop and reorder columns over the years, and sellers choose their columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktopseg.core.importer.roles import normalise


@dataclass(frozen=True)
class KnownFormat:
    """One export format: how to recognise it and what its columns mean."""

    name: str
    #: Every group must be present; a group is satisfied by any one of its header spellings.
    signature: tuple[tuple[str, ...], ...]
    roles: dict[str, str | None]
    table_kind: str = "transactions"
    date_order: str | None = None  # the order its dates use when ambiguous
    #: Column whose value subtracts from the amount (refunds recorded on the payment row).
    refunded_column: str | None = None
    #: Values of the event_type column that are not sales (dropped with a counted reason).
    not_sales: tuple[str, ...] = ()
    #: Values of the event_type column that mark a refund line.
    refund_values: tuple[str, ...] = ("refund", "refunded", "credit memo", "credit note",
                                      "return", "cancelled", "canceled")
    #: Extra customer-id texts that mean "no customer" (WooCommerce writes 0 for guests).
    anonymous_ids: tuple[str, ...] = ()
    approximate: bool = False  # mapping built without a real export to check it against
    notes: tuple[str, ...] = field(default_factory=tuple)

    def matches(self, headers: list[str]) -> bool:
        """True when every signature group has one of its names among ``headers``."""
        norm = {normalise(h) for h in headers}
        return all(any(normalise(n) in norm for n in group) for group in self.signature)

    def roles_for(self, headers: list[str]) -> dict[str, str | None]:
        """The role of each of ``headers`` (None: ignore), by normalised name."""
        by_norm = {normalise(k): v for k, v in self.roles.items()}
        return {h: by_norm.get(normalise(h)) for h in headers}


def _r(**roles: str | None) -> dict[str, str | None]:
    return roles


FORMATS: tuple[KnownFormat, ...] = (
    KnownFormat(
        "Square items",
        (("Date",), ("Item",), ("Qty",), ("Net Sales",), ("Transaction ID",), ("Event Type",)),
        {"Date": "date", "Time": "time", "Category": "category", "Item": "product",
         "Qty": "quantity", "Gross Sales": None, "Discounts": "discount", "Net Sales": "amount",
         "Tax": "tax", "Transaction ID": "order_id", "Event Type": "event_type",
         "Location": "location", "Customer ID": "customer_id", "Customer Name": "customer_name",
         "Channel": "channel", "Price Point Name": None, "SKU": None, "Payment ID": None,
         "Customer Reference ID": None, "Notes": None, "Details": None, "Unit": None,
         "Count": None, "Device Name": None, "Employee": None, "Token": None},
        date_order="MDY",
    ),
    KnownFormat(
        "Square transactions",
        (("Date",), ("Gross Sales",), ("Net Sales",), ("Total Collected",), ("Transaction ID",),
         ("Event Type",)),
        {"Date": "date", "Time": "time", "Net Sales": "amount", "Discounts": "discount",
         "Tax": "tax", "Transaction ID": "order_id", "Event Type": "event_type",
         "Source": "channel", "Location": "location", "Customer ID": "customer_id",
         "Customer Name": "customer_name", "Channel": "channel", "Description": "product",
         "Card": None, "Cash": None, "Fees": None, "Net Total": None, "Gross Sales": None,
         "Total Collected": None, "Tip": None, "Payment ID": None, "Staff Name": None},
        date_order="MDY",
    ),
    KnownFormat(
        "Square customers",
        (("Square Customer ID",), ("First Visit",), ("Last Visit",), ("Transaction Count",),
         ("Lifetime Spend",)),
        {"Square Customer ID": "customer_id", "Reference ID": None, "First Name": "first_name",
         "Last Name": "last_name", "Email Address": "email", "Phone Number": "phone",
         "Company Name": "company", "City": "city", "State": "region", "Postal Code": "postcode",
         "Creation Source": "acquisition_source", "First Visit": "first_purchase",
         "Last Visit": "last_purchase", "Transaction Count": "order_count",
         "Lifetime Spend": "lifetime_spend", "Birthday": None, "Nickname": None, "Memo": None},
        table_kind="customers", date_order="MDY", approximate=True,
    ),
    KnownFormat(
        "Shopify orders",
        (("Name",), ("Email",), ("Financial Status",), ("Lineitem quantity",),
         ("Lineitem price",), ("Created at",)),
        {"Name": "order_id", "Email": "email", "Created at": "date",
         "Lineitem quantity": "quantity", "Lineitem price": "unit_price",
         "Lineitem name": "product", "Lineitem discount": "discount", "Billing Name": "customer_name",
         "Billing Company": "company", "Billing City": "city", "Billing Province": "region",
         "Billing Country": "country", "Billing Zip": "postcode", "Phone": "phone",
         "Source": "channel", "Financial Status": "event_type", "Vendor": "category",
         "Total": None, "Subtotal": None, "Taxes": None, "Paid at": None, "Shipping": None,
         "Discount Amount": None, "Refunded Amount": None, "Id": None, "Tags": None},
        refund_values=("refunded",),
        notes=("Shopify puts order totals only on an order's first line; amounts are taken from "
               "Lineitem quantity x Lineitem price instead.",),
    ),
    KnownFormat(
        "Shopify customers",
        (("First Name",), ("Last Name",), ("Email",), ("Total Spent",), ("Total Orders",)),
        {"Customer ID": "customer_id", "First Name": "first_name", "Last Name": "last_name",
         "Email": "email", "Company": "company", "City": "city", "Province": "region",
         "Country": "country", "Zip": "postcode", "Phone": "phone",
         "Total Spent": "lifetime_spend", "Total Orders": "order_count", "Tags": "segment_hint",
         "Address1": None, "Address2": None, "Province Code": None, "Country Code": None,
         "Note": None},
        table_kind="customers", approximate=True,
    ),
    KnownFormat(
        "WooCommerce orders",
        (("order_id",), ("date",), ("status",), ("order_total",), ("billing_email",)),
        {"order_id": "order_id", "date": "date", "status": "event_type",
         "order_total": "amount", "customer_user": "customer_id", "billing_email": "email",
         "billing_first_name": "first_name", "billing_last_name": "last_name",
         "billing_company": "company", "billing_phone": "phone", "billing_city": "city",
         "billing_state": "region", "billing_country": "country",
         "billing_postcode": "postcode", "cart_discount": "discount", "order_tax": "tax",
         "order_number": None, "order_number_formatted": None, "shipping_method": None,
         "payment_method": None},
        date_order="MDY", anonymous_ids=("0",),
        not_sales=("failed", "pending", "on-hold", "draft", "checkout-draft"),
        refund_values=("refunded", "cancelled"),
    ),
    KnownFormat(
        "Etsy sold orders",
        (("Sale Date",), ("Order ID",), ("Number of Items",), ("Order Value",),
         ("Order Total",)),
        {"Sale Date": "date", "Order ID": "order_id", "Number of Items": "quantity",
         "Order Value": "amount", "Discount Amount": "discount", "Sales Tax": "tax",
         "Ship City": "city", "Ship State": "region", "Ship Zipcode": "postcode",
         "Ship Country": "country", "Order Type": "channel", "Status": "event_type",
         "Buyer User ID": "customer_id", "Buyer": "customer_id", "Full Name": "customer_name",
         "Buyer Name": "customer_name", "Buyer Email": "email", "Date Shipped": None,
         "Order Total": None, "Order Net": None, "Coupon Code": None, "Shipping": None},
        date_order="MDY",
    ),
    KnownFormat(
        "QuickBooks Sales by Customer Detail",
        (("Date",), ("Transaction Type", "Type"), ("Num", "No."), ("Amount",),
         ("Product/Service", "Product/Service full name", "Memo/Description", "Item")),
        {"Date": "date", "Transaction Type": "event_type", "Type": "event_type",
         "Num": "order_id", "No.": "order_id", "Product/Service": "product",
         "Product/Service full name": "product", "Item": "product", "Memo/Description": None,
         "Qty": "quantity", "Quantity": "quantity", "Sales Price": "unit_price",
         "Amount": "amount", "Balance": None, "Customer": "customer_name",
         "Customer full name": "customer_name", "Name": "customer_name"},
        date_order="MDY",
        refund_values=("credit memo", "refund receipt", "refund"),
        notes=("QuickBooks puts the customer on a row of its own above their lines; it is "
               "carried down to each line.",),
    ),
    KnownFormat(
        "Xero invoices",
        (("ContactName", "*ContactName"), ("InvoiceNumber", "*InvoiceNumber"),
         ("InvoiceDate", "*InvoiceDate"), ("LineAmount", "Total")),
        {"ContactName": "customer_name", "EmailAddress": "email", "InvoiceNumber": "order_id",
         "InvoiceDate": "date", "LineAmount": "amount", "Quantity": "quantity",
         "UnitAmount": "unit_price", "TaxAmount": "tax", "Description": "product",
         "POCity": "city", "PORegion": "region", "POPostalCode": "postcode",
         "POCountry": "country", "Type": "event_type", "Total": None, "TaxTotal": None,
         "Discount": None, "InvoiceAmountPaid": None, "InvoiceAmountDue": None, "DueDate": None,
         "PlannedDate": None, "Reference": None, "InventoryItemCode": None, "Status": None},
        date_order="DMY", refund_values=("accrec credit", "credit note", "accreccredit"),
    ),
    KnownFormat(
        "Xero contacts",
        (("ContactName", "*ContactName"), ("AccountNumber",), ("EmailAddress",),
         ("POAddressLine1",)),
        {"ContactName": "customer_name", "AccountNumber": "customer_id",
         "EmailAddress": "email", "FirstName": "first_name", "LastName": "last_name",
         "POCity": "city", "PORegion": "region", "POPostalCode": "postcode",
         "POCountry": "country", "PhoneNumber": "phone", "MobileNumber": None,
         "LegalName": "company", "Website": None, "TaxNumber": None},
        table_kind="customers",
    ),
    KnownFormat(
        "Stripe payments",
        (("id",), ("Created (UTC)", "Created date (UTC)"), ("Amount",), ("Amount Refunded",),
         ("Status",)),
        {"id": "order_id", "Created (UTC)": "date", "Created date (UTC)": "date",
         "Amount": "amount", "Customer ID": "customer_id", "Customer Email": "email",
         "Customer Description": "customer_name", "Status": "event_type", "Tax": "tax",
         "Description": "product", "Card Address City": "city",
         "Card Address Country": "country", "Card Address Zip": "postcode",
         "Amount Refunded": None, "Fee": None, "Converted Amount": None, "Card Name": None},
        refunded_column="Amount Refunded", not_sales=("failed", "canceled", "blocked"),
        refund_values=(),
    ),
    KnownFormat(
        "PayPal activity",
        (("Date",), ("Name",), ("Type",), ("Gross",), ("Net",),
         ("From Email Address",), ("Transaction ID",)),
        {"Date": "date", "Time": "time", "Name": "customer_name", "Type": "event_type",
         "Gross": "amount", "From Email Address": "email", "Transaction ID": "order_id",
         "Item Title": "product", "Quantity": "quantity", "Town/City": "city",
         "Country": "country", "Zip/Postal Code": "postcode", "Sales Tax": "tax",
         "Contact Phone Number": "phone", "Fee": None, "Net": None, "Balance": None,
         "Status": None, "Currency": None, "To Email Address": None},
        not_sales=("general currency conversion", "bank deposit to pp account",
                   "general withdrawal", "general authorization", "account hold for open authorization",
                   "reversal of general account hold", "user initiated withdrawal",
                   "transfer to bank", "general hold", "general hold release"),
        refund_values=("payment refund", "refund"),
    ),
    KnownFormat(
        "Clover payments",
        (("Payment Date",), ("Payment ID",), ("Tender",), ("Amount",), ("Order ID",),
         ("Result",)),
        {"Payment Date": "date", "Order ID": "order_id", "Amount": "amount",
         "Tax Amount": "tax", "Customer Name": "customer_name", "Result": "event_type",
         "Payment ID": None, "Tip Amount": None, "Refund Amount": None, "Order Date": None,
         "Card Brand": None, "Note": None},
        refunded_column="Refund Amount", not_sales=("fail", "failed", "declined", "voided"),
        refund_values=(), approximate=True,
    ),
    KnownFormat(
        "Toast check details",
        (("Customer Id",), ("Customer",), ("Opened Date",), ("Check Id",), ("Total",)),
        {"Customer Id": "customer_id", "Customer": "customer_name", "Customer Phone": "phone",
         "Customer Email": "email", "Opened Date": "date", "Opened Time": "time",
         "Item Description": "product", "Check Id": "order_id", "Total": "amount",
         "Tax": "tax", "Discount": "discount", "Location Code": "location",
         "Check #": None, "Server": None, "Tender": None, "Link": None},
        date_order="MDY",
    ),
    KnownFormat(
        "Toast item selections",
        (("Item Selection Id",), ("Menu Item",), ("Net Price",), ("Qty",), ("Order Id",)),
        {"Order Date": "date", "Order Id": "order_id", "Menu Item": "product",
         "Sales Category": "category", "Menu Group": None, "Net Price": "amount",
         "Qty": "quantity", "Tax": "tax", "Discount": "discount", "Location": "location",
         "Dining Option": "channel", "Void?": "event_type", "Gross Price": None,
         "Sent Date": None},
        date_order="MDY", not_sales=("true",),
    ),
    KnownFormat(
        "Toast order details",
        (("Order Id",), ("Order #",), ("Opened",), ("Amount",), ("Voided",)),
        {"Order Id": "order_id", "Opened": "date", "Amount": "amount", "Tax": "tax",
         "Discount Amount": "discount", "Location": "location", "Dining Options": "channel",
         "Voided": "event_type", "Total": None, "Tip": None, "Order #": None},
        date_order="MDY", not_sales=("true",),
    ),
    # No real Lightspeed export was found (pos_formats.md §3-4): these follow the field names of
    # Lightspeed's help pages and API, and say they are approximate.
    KnownFormat(
        "Lightspeed Retail sales",
        (("Sale ID", "Sale #"), ("Customer",), ("Date", "Sale Date", "Completed"),
         ("Total", "Subtotal")),
        {"Sale ID": "order_id", "Sale #": "order_id", "Customer": "customer_name",
         "Customer ID": "customer_id", "Date": "date", "Sale Date": "date",
         "Completed": "date", "Total": "amount", "Subtotal": None, "Item": "product",
         "Description": "product", "Qty": "quantity", "Category": "category",
         "Shop": "location", "Register": None, "Employee": None},
        approximate=True,
    ),
    KnownFormat(
        "Lightspeed X-Series (Vend) sales",
        (("Receipt Number",), ("Sale Date",), ("Customer Code", "Customer Name"),
         ("Total",)),
        {"Receipt Number": "order_id", "Sale Date": "date", "Customer Code": "customer_id",
         "Customer Name": "customer_name", "Product": "product", "Quantity": "quantity",
         "Total": "amount", "Subtotal": None, "Sales Tax": "tax", "Discount": "discount",
         "Outlet": "location", "Status": "event_type", "Line Type": None},
        approximate=True,
    ),
)


def recognise(headers: list[str]) -> KnownFormat | None:
    """The known export whose signature the headers match (the most specific one), or None."""
    hits = [f for f in FORMATS if f.matches(headers)]
    if not hits:
        return None
    return max(hits, key=lambda f: len(f.signature))
