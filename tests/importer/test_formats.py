"""Known exports are recognised by header names (from ../shared/data/pos_formats.md)."""

from pathlib import Path

import pandas as pd
import pytest

from desktopseg.core.importer import import_file
from desktopseg.core.importer.formats import recognise
from desktopseg.core.importer.roles import header_guesses, normalise
from desktopseg.core.model import ImportOptions
from desktopseg.core.progress import Task

HEADERS = {
    "Etsy sold orders": "Sale Date,Order ID,Number of Items,Payment Method,Date Shipped,Ship City,"
    "Ship State,Ship Zipcode,Ship Country,Currency,Order Value,Coupon Code,Coupon Details,"
    "Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,"
    "Order Net,Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,"
    "Order Type,Payment Type",
    "Stripe payments": "id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,"
    "Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,Status,"
    "Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID",
    "PayPal activity": "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,"
    "From Email Address,To Email Address,Transaction ID,Shipping Address,Address Status,"
    "Item Title,Item ID,Shipping and Handling Amount,Insurance Amount,Sales Tax,Option 1 Name,"
    "Option 1 Value,Option 2 Name,Option 2 Value,Reference Txn ID,Invoice Number,Custom Number,"
    "Quantity,Receipt ID,Balance,Address Line 1,Town/City,Country,Balance Impact",
    "Xero invoices": "ContactName,EmailAddress,POAddressLine1,POCity,PORegion,POPostalCode,"
    "POCountry,InvoiceNumber,Reference,InvoiceDate,DueDate,PlannedDate,Total,TaxTotal,"
    "InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,Description,Quantity,UnitAmount,"
    "Discount,LineAmount,AccountCode,TaxType,TaxAmount,Currency,Type,Sent,Status",
    "Xero contacts": "*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,"
    "POAddressLine1,POAddressLine2,POCity,PORegion,POPostalCode,POCountry,PhoneNumber,LegalName",
    "WooCommerce orders": "order_id,order_number_formatted,order_number,date,status,"
    "order_shipping,order_shipping_tax,order_fees,order_fee_tax,order_tax,cart_discount,"
    "order_discount,order_total,payment_method,shipping_method,customer_user,billing_first_name,"
    "billing_last_name,billing_email,billing_phone",
    "Clover payments": "Payment Date,Payment ID,External Payment ID,Invoice Number,Card Auth Code,"
    "Transaction #,Note,Tender,Card Brand,Card Number,Card Entry Type,Currency,Amount,Tax Amount,"
    "Tip Amount,Service Charge Amount,Customer Name,Payment Employee ID,Order ID,Order Date,Result",
    "Toast check details": "Customer Id,Customer,Customer Phone,Customer Email,Location Code,"
    "Opened Date,Opened Time,Item Description,Server,Tax,Tender,Check Id,Check #,Total,"
    "Customer Family,Table Size,Discount,Reason of Discount,Link",
    "Shopify customers": "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,"
    "Address2,City,Province,Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,"
    "Total Spent,Total Orders,Tags,Note,Tax Exempt",
    "Square customers": "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,"
    "Company Name,Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,"
    "Square Customer ID,Creation Source,First Visit,Last Visit,Transaction Count,Lifetime Spend",
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_recognised_by_header(name):
    assert recognise(HEADERS[name].split(",")).name == name


def test_recognised_whatever_the_column_order():
    cols = HEADERS["Etsy sold orders"].split(",")
    assert recognise(list(reversed(cols))).name == "Etsy sold orders"
    assert recognise(["Date", "Amount", "Customer"]) is None


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("고객번호", "customer_id"),
        ("날짜", "date"),
        ("금액", "amount"),
        ("客户", "customer_name"),
        ("日期", "date"),
        ("金额", "amount"),
        ("Asiakasnumero", "customer_id"),
        ("Päivämäärä", "date"),
        ("Summa", "amount"),
        ("Kundennummer", "customer_id"),
        ("Rechnungsdatum", "date"),
        ("Betrag", "amount"),
        ("Numéro client", "customer_id"),
        ("Montant", "amount"),
        ("Fecha", "date"),
        ("Importe", "amount"),
        ("E-Mail", "email"),
        ("  customer_ID* ", "customer_id"),
        ("Order Date (UTC)", "date"),
    ],
)
def test_header_synonyms_in_several_languages(header, role):
    assert header_guesses(header)[0].role == role


def test_normalise_ignores_case_space_punctuation():
    assert normalise("*Customer  ID:") == normalise("customer_id") == "customerid"


def load_text(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return import_file(Path(p), ImportOptions(), Task())


def test_stripe_refunds_and_failed_charges(tmp_path):
    text = (
        "id,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer ID,Customer Email\n"
        "ch_1,2026-07-10 18:37:41,50.00,0.00,usd,Paid,cus_1,a@x.com\n"
        "ch_2,2026-07-11 09:00,30.00,30.00,usd,Refunded,cus_1,a@x.com\n"
        "ch_3,2026-07-12 10:00:00,99.00,0.00,usd,Failed,cus_2,b@x.com\n"
    )
    res = load_text(tmp_path, "unified_payments.csv", text)
    assert res.report.format == "Stripe payments"
    # The charge paid back in full is no purchase, as a refunded Shopify order is none.
    assert res.transactions["amount"].tolist() == [50.0]
    assert res.report.dropped == {"not a sale (status or type)": 1,
                                  "order refunded in full (no revenue)": 1}


def test_paypal_conversions_are_not_sales(tmp_path):
    text = (
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
        '"From Email Address","To Email Address","Transaction ID"\n'
        '"12/31/2017","14:50:41","PST","Ann","General Payment","Completed","EUR","1,500.00",'
        '"-7.75","1,492.25","ann@x.com","me@x.com","3LW"\n'
        '"12/31/2017","14:51:00","PST","","General Currency Conversion","Completed","EUR",'
        '"-1,500.00","0.00","-1,500.00","","","4XY"\n'
        '"01/02/2018","10:00:00","PST","Ann","Payment Refund","Completed","EUR","-30.00",'
        '"0.00","-30.00","ann@x.com","me@x.com","5ZZ"\n'
    )
    res = load_text(tmp_path, "Download.CSV", text)
    tx = res.transactions
    assert res.report.format == "PayPal activity"
    assert tx["amount"].tolist() == [1500.0, -30.0] and tx["is_refund"].tolist() == [False, True]
    assert tx["date"].iloc[0] == pd.Timestamp("2017-12-31 14:50:41")


def test_xero_invoices_day_first_lines(tmp_path):
    text = (
        "ContactName,EmailAddress,InvoiceNumber,InvoiceDate,Total,Description,Quantity,"
        "UnitAmount,LineAmount,Type\n"
        "Acme Ltd,ap@acme.nz,INV-1,05/03/2026,1495.0000,Desk,1,1000.0000,1000.0000,Sales "
        "invoice\n"
        "Acme Ltd,ap@acme.nz,INV-1,05/03/2026,1495.0000,Chair,1,495.0000,495.0000,Sales "
        "invoice\n"
    )
    res = load_text(tmp_path, "Invoices.csv", text)
    tx = res.transactions
    assert res.report.format == "Xero invoices"
    assert tx["amount"].sum() == 1495.0
    assert tx["date"].iloc[0] == pd.Timestamp("2026-03-05")  # Xero orgs write day first
    assert tx["customer_key"].iloc[0] == "ap@acme.nz"  # no id column: e-mail before name
    assert any("day-first" in p.message for p in res.report.problems)


def test_ods_workbook(tmp_path):
    p = tmp_path / "sales.ods"
    pd.DataFrame(
        {
            "Customer": ["a", "b"],
            "Date": pd.to_datetime(["2024-01-01", "2024-02-01"]),
            "Amount": [1.5, 2.0],
        }
    ).to_excel(p, engine="odf", index=False)
    res = import_file(p, ImportOptions(), Task())
    assert res.transactions["amount"].tolist() == [1.5, 2.0]
    assert res.transactions["date"].iloc[1] == pd.Timestamp("2024-02-01")
