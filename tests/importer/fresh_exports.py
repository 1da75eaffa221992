"""Real-shaped exports not covered by earlier rounds, each with the truth of what was sold.

Every writer follows the header, column order and quirks of ../shared/data/pos_formats.md with
invented values, writes the file, and returns ``(path, ledger)``. The ledger is the generator's
own record of what really happened, one row per sale or refund: ``customer`` (the key a reader
should use: id, else lower-cased e-mail, else name; None for a walk-in or guest), ``order``,
``date`` (a Timestamp) and ``net`` (revenue after discounts and refunds, before tax, shipping and
tips; refunds negative). :func:`truth` turns a ledger into the figures the importer must report.
Run as a script to write every file into a folder: ``python tests/importer/fresh_exports.py DIR``.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

Ledger = pd.DataFrame
FIRST = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu", "Mo"]
LAST = ["Lee", "Chen", "Ortiz", "Novak", "Smith", "Okafor", "Berg", "Rossi", "Kim", "Dubois"]


def _people(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` distinct (full name, e-mail) pairs."""
    rng = np.random.RandomState(seed)
    out, seen = [], set()
    while len(out) < n:
        name = f"{FIRST[rng.randint(len(FIRST))]} {LAST[rng.randint(len(LAST))]}"
        if name in seen:
            continue
        seen.add(name)
        out.append((name, name.lower().replace(" ", ".") + "@example.com"))
    return out


def _ledger(rows: list[dict]) -> Ledger:
    frame = pd.DataFrame(rows, columns=["customer", "order", "date", "net"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def truth(ledger: Ledger) -> dict:
    """Customers, net revenue, orders (with a sale) and period of the named customers.

    Walk-ins and guests are left out of the customer figures and counted apart.
    """
    named = ledger[ledger["customer"].notna()]
    guests = ledger[ledger["customer"].isna()]
    return {
        "customers": int(named["customer"].nunique()),
        "revenue": round(float(named["net"].sum()), 2),
        "orders": int(named.loc[named["net"] > 0, "order"].nunique()),
        "start": named["date"].min().date().isoformat(),
        "end": named["date"].max().date().isoformat(),
        "guest_lines": len(guests),
        "guest_revenue": round(float(guests["net"].sum()), 2),
    }


def _write_csv(path: Path, header: list[str], rows: list[dict], *, encoding="utf-8",
               bom=False, sep=",", quote_all=False, line_end="\n", trailing=0) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=line_end,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(header + [""] * trailing)
    for r in rows:
        w.writerow([r.get(c, "") for c in header] + [""] * trailing)
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def _usd(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


# --------------------------------------------------------------------------- Shopify orders

SHOPIFY = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
    "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
    "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
    "Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
    "Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,"
    "Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
).split(",")
SHOP_ITEMS = (("Classic Tee - L", 40.0), ("Stubby Cooler", 10.0), ("Sticker Pack", 5.0),
              ("Cap", 25.0), ("Hoodie - M", 65.0))  # fmt: skip


def shopify_orders(path: Path) -> tuple[Path, Ledger]:
    """79 columns; only an order's first line has Email, money and status (later lines blank).

    Discount codes are order-level (``Discount Amount`` on the first line, ``Lineitem discount``
    0); one order refunded in full, one in part (``Refunded Amount``), one voided and cancelled,
    two point-of-sale orders with no e-mail (guests).
    """
    rng = np.random.RandomState(79)
    people = _people(12, 79)
    rows, ledger = [], []
    day = datetime(2026, 1, 5, 9, 30)
    for n in range(60):
        order = f"#{1001 + n}"
        day += timedelta(hours=int(rng.randint(5, 70)))
        name, email = people[int(rng.randint(len(people)))]
        guest = n in (17, 44)
        picks = rng.choice(len(SHOP_ITEMS), size=int(rng.randint(1, 4)), replace=False)
        lines = [SHOP_ITEMS[int(i)] for i in picks]  # one line per variant, as Shopify writes
        qtys = [int(rng.randint(1, 3)) for _ in lines]
        gross = sum(q * p for q, (_, p) in zip(qtys, lines, strict=True))
        disc = round(gross * 0.15, 2) if n % 5 == 2 else 0.0
        subtotal = round(gross - disc, 2)
        status, refunded, cancelled = "paid", 0.0, ""
        if n == 9:
            status, refunded = "refunded", subtotal
        elif n == 23:
            status, refunded = "partially_refunded", 5.0
        elif n == 31:
            status, cancelled = "voided", (day + timedelta(hours=2)).strftime(
                "%Y-%m-%d %H:%M:%S +1000"
            )
        shipping = 0.0 if guest else 8.0
        tax = round(subtotal * 0.1, 2)
        created = day.strftime("%Y-%m-%d %H:%M:%S +1000")
        for i, ((item, price), q) in enumerate(zip(lines, qtys, strict=True)):
            row = {"Name": order, "Created at": created, "Lineitem quantity": q,
                   "Lineitem name": item, "Lineitem price": f"{price:.2f}",
                   "Lineitem requires shipping": "true", "Lineitem taxable": "true",
                   "Lineitem fulfillment status": "fulfilled", "Vendor": "Vertex Graphics",
                   "Lineitem discount": "0.00"}  # fmt: skip
            if i == 0:
                row.update({
                    "Email": "" if guest else email, "Financial Status": status,
                    "Paid at": created, "Fulfillment Status": "fulfilled",
                    "Accepts Marketing": "no", "Currency": "AUD", "Subtotal": f"{subtotal:.2f}",
                    "Shipping": f"{shipping:.2f}", "Taxes": f"{tax:.2f}",
                    "Total": f"{subtotal + shipping + tax:.2f}",
                    "Discount Code": "WINTER15" if disc else "",
                    "Discount Amount": f"{disc:.2f}", "Shipping Method": "Standard",
                    "Billing Name": "" if guest else name, "Billing Zip": "'2759",
                    "Billing Country": "AU", "Cancelled at": cancelled,
                    "Payment Method": "Shopify Payments", "Refunded Amount": f"{refunded:.2f}",
                    "Outstanding Balance": "0.00", "Id": str(12088401232240 + n),
                    "Risk Level": "Low", "Source": "pos" if guest else "web",
                    "Tax 1 Name": "GST 10%", "Tax 1 Value": f"{tax:.2f}",
                })  # fmt: skip
            rows.append(row)
        if status not in ("voided", "refunded"):  # paid back in full: no sale left
            key = None if guest else email
            ledger.append({"customer": key, "order": order, "date": day, "net": subtotal})
            if refunded:
                ledger.append({"customer": key, "order": order, "date": day, "net": -refunded})
    return _write_csv(path, SHOPIFY, rows), _ledger(ledger)


# ----------------------------------------------------------------------- Square transactions

SQUARE_TX_2026 = (
    "Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,"
    "Tip,Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,"
    "Other Tender,Other Tender Type,Tender Note,Fees,Net Total,Transaction ID,Payment ID,"
    "Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,Details,Description,Event Type,"
    "Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Device Nickname,"
    "Third Party Fees,Deposit ID,Deposit Date,Deposit Details,Fee Percentage Rate,"
    "Fee Fixed Rate,Refund Reason,Discount Name,Transaction Status,Cash App,"
    "Order Reference ID,Fulfillment Note,Free Processing Applied,Channel,Unattributed Tips,"
    "Table Info,International Fee"
).split(",")


def square_transactions(path: Path) -> tuple[Path, Ledger]:
    """55-column 2026 layout, one row per payment; refunds are their own negative rows.

    A florist: tips and tax in Total Collected (not revenue), a third of payments anonymous,
    ``$1,234.50`` money, refunds later with Event Type ``Refund`` and the customer repeated.
    """
    rng = np.random.RandomState(55)
    people = _people(10, 55)
    rows, ledger = [], []
    for i in range(90):
        day = datetime(2026, 2, 1, 9) + timedelta(days=int(i * 1.3), minutes=int(i * 37 % 500))
        anon = rng.rand() < 0.33
        cid = "" if anon else f"C{int(rng.randint(len(people))):03d}"
        cname = "" if anon else people[int(cid[1:])][0]
        gross = round(float(rng.choice([35, 45.5, 60, 120, 1250])), 2)
        disc = round(gross * 0.1, 2) if i % 7 == 3 else 0.0
        net = round(gross - disc, 2)
        tax, tip = round(net * 0.0875, 2), (5.0 if i % 4 == 0 else 0.0)
        total = net + tax + tip
        tx = f"TX{i:04d}aZ"
        rows.append(_square_row(day, gross, disc, net, tax, tip, total, tx, "Payment", cid, cname))
        ledger.append({"customer": cid or None, "order": tx, "date": day, "net": net})
        if i in (12, 40, 71):
            back = day + timedelta(days=2)
            part = net if i != 40 else round(net / 2, 2)
            ptax = round(part * 0.0875, 2)
            rows.append(_square_row(back, -part, 0.0, -part, -ptax, 0.0, -(part + ptax),
                                    tx, "Refund", cid, cname))  # fmt: skip
            ledger.append({"customer": cid or None, "order": tx, "date": back, "net": -part})
    rows.sort(key=lambda r: r["_when"], reverse=True)  # Square lists newest first
    return _write_csv(path, SQUARE_TX_2026, rows), _ledger(ledger)


def _square_row(day, gross, disc, net, tax, tip, total, tx, event, cid, cname) -> dict:
    fee = -round(abs(total) * 0.026 + 0.15, 2) if event == "Payment" else 0.0
    return {
        "_when": day, "Date": day.strftime("%Y-%m-%d"), "Time": day.strftime("%H:%M:%S"),
        "Time Zone": "Pacific Time (US & Canada)", "Gross Sales": _usd(gross),
        "Discounts": _usd(-disc), "Service Charges": "$0.00", "Net Sales": _usd(net),
        "Gift Card Sales": "$0.00", "Tax": _usd(tax), "Tip": _usd(tip),
        "Partial Refunds": "$0.00", "Total Collected": _usd(total), "Source": "Point of Sale",
        "Card": _usd(total), "Card Entry Methods": "Contactless", "Cash": "$0.00",
        "Square Gift Card": "$0.00", "Other Tender": "$0.00", "Fees": _usd(fee),
        "Net Total": _usd(total + fee), "Transaction ID": tx, "Payment ID": tx + "P",
        "Card Brand": "Visa", "PAN Suffix": "4242", "Device Name": "Counter iPad",
        "Staff Name": "Maria", "Details": f"https://squareup.com/dashboard/sales/transactions/{tx}",
        "Description": "Custom Amount", "Event Type": event, "Location": "Petal & Stem",
        "Customer ID": cid, "Customer Name": cname, "Fee Percentage Rate": "2.6",
        "Fee Fixed Rate": "$0.15", "Refund Reason": "Damaged" if event == "Refund" else "",
        "Transaction Status": "Complete", "Channel": "Petal & Stem", "Cash App": "$0.00",
        "Unattributed Tips": "$0.00", "Third Party Fees": "$0.00", "International Fee": "$0.00",
    }  # fmt: skip


# ----------------------------------------------------------- QuickBooks Desktop to Excel

def _invoice_lines(rng, count, first: date, days: int, most: int, prices, credits: float):
    """(day, type, sign, quantity, price, amount) of one customer's invoices and credit memos."""
    out = []
    for _ in range(int(rng.randint(*count))):
        day = first + timedelta(days=int(rng.randint(0, days)))
        qty = int(rng.randint(1, most))
        price = float(rng.choice(prices))
        kind, sign = ("Invoice", 1) if rng.rand() > credits else ("Credit Memo", -1)
        out.append((day, kind, sign, qty, price, sign * qty * price))
    return out


def quickbooks_desktop_xlsx(path: Path) -> tuple[Path, Ledger]:
    """Sales by Customer Detail from QB Desktop: data in every other column, serial dates.

    E=Type, G=Date (Excel serial number, no date format), I=Num, K=Memo, M=Name, O=Item, Q=Qty,
    S=Sales Price, U=Amount, W=Balance; customer heading rows and ``Total <Customer>`` rows
    carry no date; the last row is ``TOTAL``. Credit memos are negative.
    """
    rng = np.random.RandomState(8)
    customers = ["Adams Brewing Co", "Baker, Lee", "Carter Plumbing:Job 12", "Dunn & Sons"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    header = [None] * 23
    for col, text in zip(range(4, 23, 2), ("Type", "Date", "Num", "Memo", "Name", "Item", "Qty",
                                           "Sales Price", "Amount", "Balance"), strict=True):
        header[col] = text
    ws.append(header)
    ledger, num, grand = [], 4100, 0.0
    epoch = date(1899, 12, 30)
    for cust in customers:
        ws.append([None, cust] + [None] * 21)
        balance = 0.0
        lines = _invoice_lines(rng, (3, 7), date(2025, 1, 2), 360, 9, [45.0, 120.0, 17.5], 0.15)
        for day, kind, sign, qty, price, amount in lines:
            balance += amount
            num += 1
            row = [None] * 23
            row[4], row[6], row[8], row[10] = kind, (day - epoch).days, str(num), "Service call"
            row[12], row[14], row[16] = cust, "Labour", sign * qty
            row[18], row[20], row[22] = price, amount, balance
            ws.append(row)
            ledger.append({"customer": cust.casefold(), "order": str(num), "date": day,
                           "net": amount})  # fmt: skip
        total = [None] * 23
        total[1], total[20], total[22] = f"Total {cust}", balance, balance
        ws.append(total)
        grand += balance
    last = [None] * 23
    last[0], last[20], last[22] = "TOTAL", grand, grand
    ws.append(last)
    wb.save(path)
    return path, _ledger(ledger)


# ------------------------------------------------------ QuickBooks Online (new layout) CSV

def quickbooks_online_csv(path: Path) -> tuple[Path, Ledger]:
    """QBO's modern report CSV: 3 title lines, ``Transaction date`` / ``Product/Service full
    name`` headers, sub-customers ``Parent:Child``, quoted ``1,234.56`` amounts, credit memos
    negative, a ``Total for`` line per customer, ``TOTAL`` and an accrual-basis footer.
    """
    rng = np.random.RandomState(31)
    customers = ["Harbour Café", "Kim, Ivy", "Northside Gym:Room hire", "Northside Gym:Catering"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Harbourside Catering Co."])
    w.writerow(["Sales by Customer Detail"])
    w.writerow(["January 1 - December 31, 2025"])
    w.writerow([])
    w.writerow(["", "Transaction date", "Transaction type", "Num", "Product/Service full name",
                "Memo/Description", "Quantity", "Sales price", "Amount", "Balance"])  # fmt: skip
    ledger, num, grand = [], 1000, 0.0
    for cust in customers:
        w.writerow([cust])
        balance = 0.0
        lines = _invoice_lines(rng, (3, 8), date(2025, 1, 6), 350, 40, [65.0, 4.0, 1250.0], 0.2)
        for day, kind, sign, qty, price, amount in lines:
            balance += amount
            num += 1
            w.writerow(["", f"{day:%m/%d/%Y}", kind, num, "Catering:Platter", "",
                        sign * qty, f"{price:,.2f}", f"{amount:,.2f}", f"{balance:,.2f}"])
            ledger.append({"customer": cust.casefold(), "order": str(num), "date": day,
                           "net": amount})  # fmt: skip
        w.writerow([f"Total for {cust}", "", "", "", "", "", "", "", f"${balance:,.2f}", ""])
        grand += balance
    w.writerow(["TOTAL", "", "", "", "", "", "", "", f"${grand:,.2f}", ""])
    w.writerow([])
    w.writerow([])
    w.writerow(["Accrual basis Monday, March 2, 2026 09:14 AM GMT-05:00"])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, _ledger(ledger)


def quickbooks_desktop_summary_xlsx(path: Path) -> tuple[Path, pd.DataFrame]:
    """Sales by Customer Summary from QB Desktop: no header over the customer column (B), the
    period as the header of the sales column, ``TOTAL`` in column A of the last row.

    Returns the path and the truth: one row per customer with its ``spend``.
    """
    rng = np.random.RandomState(25)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([None, None, "Jan - Dec 25"])
    rows = []
    for i in range(60):
        name = f"{LAST[i % len(LAST)]} {['Bakery', 'Dental', 'Plumbing', 'Cafe', 'Ltd'][i % 5]}"
        name += f" {i // 10}" if i >= 10 else ""
        spend = round(float(rng.gamma(1.5, 900)), 2)
        ws.append([None, name, spend])
        rows.append({"customer": name, "spend": spend})
    truth_frame = pd.DataFrame(rows)
    ws.append(["TOTAL", None, round(float(truth_frame["spend"].sum()), 2)])
    wb.save(path)
    return path, truth_frame


# --------------------------------------------------------------------------- Xero invoices

XERO = (
    "ContactName,EmailAddress,POAddressLine1,POAddressLine2,POAddressLine3,POAddressLine4,"
    "POCity,PORegion,POPostalCode,POCountry,SAAddressLine1,SAAddressLine2,SAAddressLine3,"
    "SAAddressLine4,SACity,SARegion,SAPostalCode,SACountry,InvoiceNumber,Reference,InvoiceDate,"
    "DueDate,PlannedDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,"
    "Description,Quantity,UnitAmount,Discount,LineAmount,AccountCode,TaxType,TaxAmount,"
    "TrackingName1,TrackingOption1,TrackingName2,TrackingOption2,Currency,Type,Sent,Status"
).split(",")


def xero_invoices(path: Path) -> tuple[Path, Ledger]:
    """Sales invoices and credit notes of a NZ org: dd/mm/yyyy, 4 decimals, lines repeat Total.

    Credit notes carry negative line amounts; one invoice is Voided and one is a Draft (neither
    was ever a sale); one contact has no e-mail.
    """
    rng = np.random.RandomState(44)
    firms = [("Acme Ltd", "ap@acme.nz"), ("Kiwi Joinery", "accounts@kiwijoinery.co.nz"),
             ("Tui Cafe", ""), ("Rata Builders", "office@rata.nz"), ("Moa Media", "hi@moa.nz")]
    rows, ledger = [], []
    for n in range(30):
        name, email = firms[int(rng.randint(len(firms)))]
        day = date(2025, 4, 1) + timedelta(days=int(rng.randint(0, 365)))
        credit = n in (7, 19)
        status = "Voided" if n == 11 else "Draft" if n == 25 else (
            "Paid" if rng.rand() > 0.3 else "Awaiting Payment")
        number = f"CN-{n:04d}" if credit else f"INV-{n:04d}"
        lines = [(f"Item {k}", int(rng.randint(1, 5)), float(rng.choice([120, 85.5, 1495])))
                 for k in range(int(rng.randint(1, 4)))]  # fmt: skip
        sign = -1 if credit else 1
        subtotal = sum(q * p for _, q, p in lines) * sign
        tax = round(subtotal * 0.15, 2)
        for desc, q, p in lines:
            line = sign * q * p
            rows.append({
                "ContactName": name, "EmailAddress": email, "POCity": "Wellington",
                "POCountry": "New Zealand", "InvoiceNumber": number, "Reference": "",
                "InvoiceDate": f"{day:%d/%m/%Y}",
                "DueDate": f"{day + timedelta(days=20):%d/%m/%Y}",
                "Total": f"{subtotal + tax:.4f}", "TaxTotal": f"{tax:.4f}",
                "InvoiceAmountPaid": f"{subtotal + tax if status == 'Paid' else 0:.4f}",
                "InvoiceAmountDue": f"{0 if status == 'Paid' else subtotal + tax:.4f}",
                "Description": desc, "Quantity": f"{q:.4f}", "UnitAmount": f"{p:.4f}",
                "LineAmount": f"{line:.4f}", "AccountCode": "200",
                "TaxType": "15% GST on Income", "TaxAmount": f"{line * 0.15:.4f}",
                "Currency": "NZD", "Type": "Sales credit note" if credit else "Sales invoice",
                "Sent": "Sent", "Status": status,
            })  # fmt: skip
            if status not in ("Voided", "Draft"):
                key = email or name.casefold()
                ledger.append({"customer": key, "order": number, "date": day, "net": line})
    return _write_csv(path, XERO, rows), _ledger(ledger)


# ------------------------------------------------------------------------------------ Etsy

ETSY = (
    "Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,"
    "Payment Method,Date Shipped,Street 1,Street 2,Ship City,Ship State,Ship Zipcode,"
    "Ship Country,Currency,Order Value,Coupon Code,Coupon Details,Discount Amount,"
    "Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,Order Net,"
    "Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,Buyer,"
    "Order Type,Payment Type,InPerson Discount,InPerson Location,SKU"
).split(",")


def etsy_sold_orders(path: Path) -> tuple[Path, Ledger]:
    """EtsySoldOrders with buyer columns: m/d/yy dates, zips without leading zeros, coupons.

    ``Order Value`` is before the coupon: net = Order Value - Discount Amount. Refunds lower
    ``Adjusted Order Total`` (blank when there was none): two orders are refunded in part (an
    item's price), one in full (the adjusted total is 0).
    """
    rng = np.random.RandomState(2020)
    people = _people(14, 2020)
    rows, ledger = [], []
    for n in range(50):
        day = date(2020, 1, 2) + timedelta(days=int(rng.randint(0, 360)))
        who = int(rng.randint(len(people)))
        name, _email = people[who]
        value = float(rng.choice([10, 18.5, 45, 62]))
        disc = round(value * 0.15, 2) if n % 6 == 1 else 0.0
        ship, tax = 4.5, round((value - disc) * 0.0625, 2)
        total = value - disc + ship + tax
        fee = round(total * 0.03 + 0.25, 2)
        oid = str(1566000000 + n * 7919)
        refund = total if n == 30 else 5.0 if n in (12, 41) else 0.0
        rows.append({
            "Sale Date": f"{day.month}/{day.day}/{day:%y}", "Order ID": oid,
            "Buyer User ID": str(400000 + who), "Full Name": name,
            "First Name": name.split()[0], "Last Name": name.split()[1],
            "Number of Items": 1, "Payment Method": "Credit Card",
            "Date Shipped": f"{(day + timedelta(days=2)).month}/{(day + timedelta(days=2)).day}"
                            f"/{day:%y}",
            "Ship City": "Manchester" if who % 2 else "MANCHESTER", "Ship State": "NH",
            "Ship Zipcode": "3104", "Ship Country": "United States", "Currency": "USD",
            "Order Value": f"{value:g}", "Coupon Code": "SAVE15NOW" if disc else "",
            "Coupon Details": "% off" if disc else "", "Discount Amount": f"{disc:g}",
            "Shipping Discount": "0", "Shipping": f"{ship:g}", "Sales Tax": f"{tax:g}",
            "Order Total": f"{total:g}", "Card Processing Fees": f"{fee:g}",
            "Order Net": f"{total - fee:g}", "Buyer": f"buyer{who}",
            "Adjusted Order Total": f"{total - refund:g}" if refund else "",
            "Order Type": "online", "Payment Type": "online_cc",
        })  # fmt: skip
        ledger.append({"customer": str(400000 + who), "order": oid, "date": day,
                       "net": value - disc})  # fmt: skip
        if refund:  # a full refund pays back shipping and tax too, but never more than sold
            ledger.append({"customer": str(400000 + who), "order": oid, "date": day,
                           "net": -min(refund, value - disc)})  # fmt: skip
    return _write_csv(path, ETSY, rows), _ledger(ledger)


# ---------------------------------------------------------------------------------- Stripe

STRIPE = (
    "id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,"
    "Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,Status,"
    "Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID,"
    "Card Last4,Card Brand,Card Funding,Card Exp Month,Card Exp Year,Card Name,"
    "Card Address Line1,Card Address Line2,Card Address City,Card Address State,"
    "Card Address Country,Card Address Zip,Card Issue Country,Card Fingerprint,"
    "Card CVC Status,Card AVS Zip Status,Card AVS Line1 Status,Card Tokenization Method,"
    "Disputed Amount,Dispute Status,Dispute Reason,Dispute Date (UTC),"
    "Dispute Evidence Due (UTC),Invoice ID,Payment Source Type,Destination,Transfer,"
    "Interchange Costs,Merchant Service Charge,Transfer Group,PaymentIntent ID"
).split(",")


def stripe_payments(path: Path) -> tuple[Path, Ledger]:
    """unified_payments.csv: Paid / Failed / Refunded, partial refunds on the row, guests.

    Guest charges have no Customer ID but an e-mail (keyed on it); one charge has neither.
    ``Created (UTC)`` sometimes without seconds.
    """
    rng = np.random.RandomState(11)
    people = _people(9, 11)
    rows, ledger = [], []
    for n in range(70):
        when = datetime(2025, 6, 1, 8) + timedelta(hours=int(n * 31 + rng.randint(0, 20)))
        who = int(rng.randint(len(people)))
        guest = n % 9 == 4
        nobody = n == 40
        amount = float(rng.choice([19.0, 49.0, 99.0, 240.0]))
        status, refunded = "Paid", 0.0
        if n % 11 == 5:
            status = "Failed"
        elif n % 13 == 6:
            status, refunded = "Refunded", amount
        elif n % 17 == 8:
            refunded = 10.0
        cid = "" if guest or nobody else f"cus_{who:04d}Q"
        email = "" if nobody else people[who][1]
        created = f"{when:%Y-%m-%d %H:%M}" if n % 3 == 0 else f"{when:%Y-%m-%d %H:%M:%S}"
        rows.append({
            "id": f"ch_3N{n:06d}", "Description": "Subscription box",
            "Seller Message": "Payment complete." if status != "Failed" else "Card declined.",
            "Created (UTC)": created, "Amount": f"{amount:.2f}",
            "Amount Refunded": f"{refunded:.2f}", "Currency": "usd",
            "Converted Amount": f"{amount:.2f}" if status != "Failed" else "0.00",
            "Converted Amount Refunded": f"{refunded:.2f}",
            "Fee": f"{amount * 0.029 + 0.3:.2f}" if status != "Failed" else "0.00",
            "Tax": "0.00", "Converted Currency": "usd", "Mode": "Live", "Status": status,
            "Statement Descriptor": "BOXCO", "Customer ID": cid,
            "Customer Description": "" if guest or nobody else people[who][0],
            "Customer Email": email, "Captured": "true" if status != "Failed" else "false",
            "Card Last4": "4242", "Card Brand": "Visa", "Card Funding": "credit",
            "Card Address Country": "US", "Payment Source Type": "card",
            "PaymentIntent ID": f"pi_3N{n:06d}",
        })  # fmt: skip
        if status not in ("Failed", "Refunded"):  # a part refund on the row: the sale, then
            key = None if nobody else (cid or email)  # the money paid back; in full: no sale
            for net in (amount, -refunded) if refunded else (amount,):
                ledger.append({"customer": key, "order": f"ch_3N{n:06d}", "date": when,
                               "net": net})  # fmt: skip
    return _write_csv(path, STRIPE, rows), _ledger(ledger)


# ---------------------------------------------------------------------------------- PayPal

PAYPAL = (
    "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,"
    "To Email Address,Transaction ID,Shipping Address,Address Status,Item Title,Item ID,"
    "Shipping and Handling Amount,Insurance Amount,Sales Tax,Option 1 Name,Option 1 Value,"
    "Option 2 Name,Option 2 Value,Reference Txn ID,Invoice Number,Custom Number,Quantity,"
    "Receipt ID,Balance,Address Line 1,Address Line 2/District/Neighborhood,Town/City,"
    "State/Province/Region/County/Territory/Prefecture/Republic,Zip/Postal Code,Country,"
    "Contact Phone Number,Subject,Note,Country Code,Balance Impact"
).split(",")


def paypal_activity(path: Path) -> tuple[Path, Ledger]:
    """A UK account's Download.CSV: dd/mm/yyyy, every field quoted, ``1,500.00`` amounts.

    Refunds are negative rows pointing back (Reference Txn ID); bank deposits, withdrawals and
    authorisation holds are not sales. All sales in GBP.
    """
    rng = np.random.RandomState(12)
    people = _people(8, 12)
    rows, ledger, balance = [], [], 0.0
    for n in range(45):
        when = datetime(2025, 9, 1, 10) + timedelta(hours=int(n * 19 + rng.randint(0, 9)))
        who = int(rng.randint(len(people)))
        name, email = people[who]
        gross = float(rng.choice([12.0, 30.0, 75.0, 1500.0]))
        fee = -round(gross * 0.029 + 0.3, 2)
        balance += gross + fee
        tx = f"3LW{n:05d}A42385{n % 10}"
        rows.append(_pp(when, name, "Express Checkout Payment", gross, fee, email, tx, balance,
                        "Credit", item="Tea tin"))  # fmt: skip
        ledger.append({"customer": email, "order": tx, "date": when, "net": gross})
        if n in (6, 30):
            back = when + timedelta(days=3)
            balance -= gross
            rows.append(_pp(back, name, "Payment Refund", -gross, 0.0, email, f"R{tx}", balance,
                            "Debit", ref=tx))  # fmt: skip
            ledger.append({"customer": email, "order": tx, "date": back, "net": -gross})
        if n % 10 == 9:
            rows.append(_pp(when + timedelta(hours=1), "", "General Withdrawal", -200.0, 0.0,
                            "", f"W{n}", balance - 200, "Debit"))  # fmt: skip
            balance -= 200
            rows.append(_pp(when + timedelta(hours=2), "", "Bank Deposit to PP Account ", 50.0,
                            0.0, "", f"D{n}", balance + 50, "Credit"))  # fmt: skip
            balance += 50
    return _write_csv(path, PAYPAL, rows, quote_all=True), _ledger(ledger)


def _pp(when, name, kind, gross, fee, email, tx, balance, impact, item="", ref="") -> dict:
    return {
        "Date": f"{when:%d/%m/%Y}", "Time": f"{when:%H:%M:%S}", "TimeZone": "Europe/London",
        "Name": name, "Type": kind, "Status": "Completed", "Currency": "GBP",
        "Gross": f"{gross:,.2f}", "Fee": f"{fee:,.2f}", "Net": f"{gross + fee:,.2f}",
        "From Email Address": email, "To Email Address": "shop@teahouse.co.uk",
        "Transaction ID": tx, "Item Title": item, "Reference Txn ID": ref,
        "Quantity": "1" if item else "", "Balance": f"{balance:,.2f}", "Country": "United Kingdom",
        "Balance Impact": impact,
    }  # fmt: skip


# ---------------------------------------------------------------------------------- Clover

CLOVER = (
    "Payment Date,Payment ID,External Payment ID,Invoice Number,Card Auth Code,Transaction #,"
    "Note,Tender,Card Brand,Card Number,Card Entry Type,Currency,Amount,Tax Amount,Tip Amount,"
    "Service Charge Amount,Customer Name,Payment Employee ID,Payment Employee Name,"
    "Payment Employee Custom ID,Order ID,Order Date,Order Employee ID,Order Employee Name,"
    "Order Employee Custom ID,Result,Device,# Refunds,Refund Amount,Custom Fields"
).split(",")


def clover_payments(path: Path) -> tuple[Path, Ledger]:
    """Payments-20260824_1107_EDT.csv: ``24-Aug-2026 11:07 AM EDT`` dates, SUCCESS / FAIL.

    ``Amount`` includes tax (not tips); refunds on the row (``Refund Amount``); most payments
    have no customer name (card or cash walk-ins).
    """
    rng = np.random.RandomState(24)
    people = _people(7, 24)
    rows, ledger = [], []
    for n in range(60):
        when = datetime(2026, 8, 1, 8, 5) + timedelta(hours=int(n * 9 + rng.randint(0, 5)))
        named = rng.rand() < 0.55
        name = people[int(rng.randint(len(people)))][0] if named else ""
        net = float(rng.choice([8.5, 12.0, 23.75, 41.0]))
        tax = round(net * 0.07, 2)
        result = "FAIL" if n % 12 == 7 else "SUCCESS"
        refund = round(net + tax, 2) if n in (10, 33) else 0.0
        stamp = when.strftime("%d-%b-%Y %I:%M %p EDT")
        rows.append({
            "Payment Date": stamp, "Payment ID": f"PAY{n:05d}XK", "Tender": "Credit Card",
            "Card Brand": "VISA", "Card Number": "************4242", "Card Entry Type": "SWIPED",
            "Currency": "USD", "Amount": f"{net + tax:.2f}", "Tax Amount": f"{tax:.2f}",
            "Tip Amount": "1.00" if n % 3 == 0 else "0.00", "Service Charge Amount": "0.00",
            "Customer Name": name, "Payment Employee Name": "Dev", "Order ID": f"ORD{n:05d}",
            "Order Date": stamp, "Result": result, "Device": "Clover Station",
            "# Refunds": "1" if refund else "0", "Refund Amount": f"{refund:.2f}",
        })  # fmt: skip
        if result == "SUCCESS" and not refund:  # paid back in full on the row: no sale
            for paid in (net + tax,):
                ledger.append({"customer": name.casefold() or None, "order": f"ORD{n:05d}",
                               "date": when, "net": paid})  # fmt: skip
    return _write_csv(path, CLOVER, rows), _ledger(ledger)


# ---------------------------------------------------------------------------------- Toast

TOAST_CHECKS = (
    "Customer Id,Customer,Customer Phone,Customer Email,Location Code,Opened Date,Opened Time,"
    "Item Description,Server,Tax,Tender,Check Id,Check #,Total,Customer Family,Table Size,"
    "Discount,Reason of Discount,Link"
).split(",")


def toast_check_details(path: Path) -> tuple[Path, Ledger]:
    """CheckDetails.csv saved from Excel: trailing empty columns on every line, m/d/yy dates.

    ``Total`` is the check total (what the importer calls the amount); walk-in checks have no
    customer.
    """
    rng = np.random.RandomState(5)
    people = _people(11, 5)
    rows, ledger = [], []
    for n in range(80):
        when = datetime(2026, 3, 2, 11, 30) + timedelta(hours=int(n * 7 + rng.randint(0, 4)))
        walk_in = rng.rand() < 0.4
        who = int(rng.randint(len(people)))
        total = float(rng.choice([18.4, 32.0, 54.25, 76.9]))
        tax = round(total * 0.08, 2)
        cid = "" if walk_in else f"{9000 + who}"
        rows.append({
            "Customer Id": cid, "Customer": "" if walk_in else people[who][0],
            "Customer Phone": "" if walk_in else f"(617) 555-{who:04d}",
            "Customer Email": "" if walk_in else people[who][1], "Location Code": "BOS1",
            "Opened Date": f"{when.month}/{when.day}/{when:%y}",
            "Opened Time": when.strftime("%I:%M %p"), "Item Description": "Burger, Fries",
            "Server": "Sam", "Tax": f"{tax:.2f}", "Tender": "Credit", "Check Id": f"{n:09d}",
            "Check #": str(n + 1), "Total": f"{total:.2f}", "Table Size": "2",
            "Discount": "0.00",
        })  # fmt: skip
        ledger.append({"customer": cid or None, "order": f"{n:09d}", "date": when,
                       "net": total})  # fmt: skip
    return _write_csv(path, TOAST_CHECKS, rows, trailing=3, line_end="\r\n"), _ledger(ledger)


# ----------------------------------------------------------------------------- WooCommerce

WOO = (
    "order_id,order_number_formatted,order_number,date,status,order_shipping,"
    "order_shipping_tax,order_fees,order_fee_tax,order_tax,cart_discount,order_discount,"
    "order_total,payment_method,shipping_method,customer_user,billing_first_name,"
    "billing_last_name,billing_email,billing_phone,billing_address_1,billing_address_2,"
    "billing_postcode,billing_city,billing_state,billing_country,billing_company,"
    "shipping_first_name,shipping_last_name,shipping_address_1,shipping_address_2,"
    "shipping_postcode,shipping_city,shipping_state,shipping_country,shipping_company,"
    "customer_note,order_item_1,order_item_2,download_permissions_granted,order_notes,"
    "shipping_method_1,shipping_cost_1"
).split(",")


def woocommerce_orders(path: Path) -> tuple[Path, Ledger]:
    """SkyVerge legacy export with a BOM and CRLF: guests (customer_user 0) keyed by e-mail.

    Statuses completed / processing / printed are sales; refunded orders were paid back in full
    and cancelled / failed ones never paid (all three: no revenue).
    """
    rng = np.random.RandomState(2016)
    people = _people(10, 2016)
    rows, ledger = [], []
    statuses = ["completed"] * 6 + ["processing", "printed", "refunded", "cancelled", "failed"]
    for n in range(55):
        when = datetime(2016, 3, 1, 0, 37) + timedelta(hours=int(n * 23 + rng.randint(0, 9)))
        who = int(rng.randint(len(people)))
        first, last = people[who][0].split()
        guest = n % 7 == 3
        status = statuses[int(rng.randint(len(statuses)))]
        items = [(4959, int(rng.randint(1, 3)), 30.0)]
        if rng.rand() < 0.4:
            items.append((12, 1, 12.5))
        subtotal = sum(q * p for _, q, p in items)
        shipping = 5.0
        total = subtotal + shipping
        cells = [f"product_id:{pid}|{q}|{q * p:g}|size: Medium" for pid, q, p in items]
        rows.append({
            "order_id": 4900 + n, "order_number_formatted": 4900 + n,
            "date": f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}",
            "status": status, "order_shipping": f"{shipping:g}", "order_shipping_tax": 0,
            "order_fees": 0, "order_fee_tax": 0, "order_tax": 0, "cart_discount": 0,
            "order_total": f"{total:g}", "payment_method": "paypal",
            "shipping_method": "Flat Rate", "customer_user": 0 if guest else 100 + who,
            "billing_first_name": first, "billing_last_name": last,
            "billing_email": people[who][1], "billing_postcode": "85001",
            "billing_city": "Phoenix", "billing_state": "AZ", "billing_country": "US",
            "order_item_1": cells[0], "order_item_2": cells[1] if len(cells) > 1 else "",
            "download_permissions_granted": 1,
            "order_notes": "Order status changed by bulk edit:|IPN payment completed",
            "shipping_method_1": f"method:Flat Rate|total:{shipping:.2f}", "shipping_cost_1": 0,
        })  # fmt: skip
        if status not in ("refunded", "cancelled", "failed"):
            key = people[who][1] if guest else str(100 + who)
            ledger.append({"customer": key, "order": str(4900 + n), "date": when,
                           "net": subtotal})  # fmt: skip
    return _write_csv(path, WOO, rows, bom=True, line_end="\r\n"), _ledger(ledger)


# --------------------------------------------------- European shop: cp1252, ';', 1.234,56

def european_semicolon_csv(path: Path) -> tuple[Path, Ledger]:
    """A German shop system's Rechnungsliste: cp1252 with ``€``, ``;``, ``1.234,56 €``,
    dd.mm.yyyy, a ``Gutschrift`` (credit) row negative, a title line above the header.
    """
    rng = np.random.RandomState(49)
    names = ["Müller GmbH", "Bäckerei Schön", "Café Größe", "Weiß & Söhne", "Jörg Hübner"]
    out = io.StringIO()
    out.write("Rechnungsliste 01.01.2025 - 31.12.2025;;;;;\r\n")
    out.write("Kundennummer;Kunde;Rechnungsdatum;Rechnungsnummer;Belegart;Betrag netto\r\n")
    ledger = []
    for n in range(40):
        who = int(rng.randint(len(names)))
        day = date(2025, 1, 3) + timedelta(days=int(rng.randint(0, 360)))
        net = float(rng.choice([89.9, 1234.56, 450.0, 12.5]))
        kind, sign = ("Gutschrift", -1) if n in (8, 27) else ("Rechnung", 1)
        money = f"{sign * net:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        out.write(f"K{10000 + who};{names[who]};{day:%d.%m.%Y};R{2025000 + n};{kind};"
                  f"{money} €\r\n")
        ledger.append({"customer": f"K{10000 + who}", "order": f"R{2025000 + n}", "date": day,
                       "net": sign * net})  # fmt: skip
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path, _ledger(ledger)


# ------------------------------------------------ UK accounts export: cp1252, £ in headers

def uk_invoice_list_cp1252(path: Path) -> tuple[Path, Ledger]:
    """A UK bookkeeping invoice list saved by Excel: cp1252, CRLF, money headers carrying the
    currency (``Net £``, ``VAT £``, ``Gross £``), ``"£1,234.56"`` cells, dd/mm/yyyy dates.

    Revenue is the net column (before VAT).
    """
    rng = np.random.RandomState(1066)
    names = ["Smith & Co", "Jones Ltd", "Café Nero Ltd", "Patel Stores", "O'Brien Bros"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Invoice No", "Customer", "Invoice Date", "Net £", "VAT £", "Gross £"])
    ledger = []
    for n in range(45):
        who = names[int(rng.randint(len(names)))]
        day = date(2025, 4, 6) + timedelta(days=int(rng.randint(0, 360)))
        net = float(rng.choice([1234.56, 89.5, 450.0, 17.99]))
        vat = round(net * 0.2, 2)
        w.writerow([f"INV{n:05d}", who, f"{day:%d/%m/%Y}", f"£{net:,.2f}", f"£{vat:,.2f}",
                    f"£{net + vat:,.2f}"])  # fmt: skip
        ledger.append({"customer": who.casefold(), "order": f"INV{n:05d}", "date": day,
                       "net": net})  # fmt: skip
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path, _ledger(ledger)


# ------------------------------------------------------- Square items as .xlsm and .ods

SQUARE_ITEMS_35 = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,"
    "Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,"
    "Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,"
    "Itemization Type,Commission,Employee,Fulfillment Note,Channel,Token,Card Brand,PAN Suffix"
).split(",")


def _square_item_rows(seed: int) -> tuple[list[list], Ledger]:
    rng = np.random.RandomState(seed)
    people = _people(9, seed)
    rows, ledger = [], []
    for t in range(70):
        when = datetime(2026, 7, 1, 7) + timedelta(hours=int(t * 5 + rng.randint(0, 3)))
        anon = rng.rand() < 0.5
        who = int(rng.randint(len(people)))
        tx = f"4S5oaeKr{t:04d}ZY"
        for _ in range(int(rng.randint(1, 3))):
            item, price = [("Matcha Latte", 8.0), ("Croissant", 4.5), ("Cold Brew", 6.0)][
                int(rng.randint(3))]
            refund = t in (20, 55)
            qty = -1.0 if refund else 1.0
            net = qty * price
            rows.append([
                when, when.strftime("%H:%M:%S"), "Eastern Time (US & Canada)", "None", item,
                qty, "", "", "12oz, Oat Milk", _usd(net), "$0.00", _usd(net),
                _usd(net * 0.0775), tx, tx + "P", "Square Terminal 2274", "",
                f"https://app.squareup.com/dashboard/sales/transactions/{tx}",
                "Refund" if refund else "Payment", "Sunrise Social Club LLC", "",
                "" if anon else f"CUST{who:03d}", "" if anon else people[who][0], "", "ea", 1,
                "", "Physical Good", "$0.00", "", "", "Sunrise Social Club LLC", "Y36H", "Visa",
                "4242",
            ])  # fmt: skip
            ledger.append({"customer": None if anon else f"CUST{who:03d}", "order": tx,
                           "date": when, "net": net})  # fmt: skip
    return rows, _ledger(ledger)


def square_items_xlsm(path: Path) -> tuple[Path, Ledger]:
    """Square items opened in Excel and saved as a macro workbook: real date cells, one
    blank row and a ``Total`` row at the bottom, the sheet named after the file."""
    rows, ledger = _square_item_rows(7)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "items-2026-07-01-2026-07-15"
    ws.append(SQUARE_ITEMS_35)
    for r in rows:
        r = list(r)
        r[0] = r[0].replace(hour=0, minute=0)
        ws.append(r)
        ws.cell(ws.max_row, 1).number_format = "m/d/yyyy"
    ws.append([])
    ws.append(["Total"] + [None] * 10 + [_usd(float(ledger["net"].sum()))])
    wb.save(path)
    # openpyxl writes the xlsx content type; Excel's .xlsm differs only in that string.
    _retype(path, b"sheet.main+xml", b"sheet.macroEnabled.main+xml")
    return path, ledger


def _retype(path: Path, old: bytes, new: bytes) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def square_items_ods(path: Path) -> tuple[Path, Ledger]:
    """The same export saved by LibreOffice as .ods: dates as date cells, Qty as numbers."""
    rows, ledger = _square_item_rows(9)
    frame = pd.DataFrame(rows, columns=SQUARE_ITEMS_35)
    frame["Date"] = pd.to_datetime(frame["Date"]).dt.normalize()
    frame.to_excel(path, engine="odf", index=False, sheet_name="items")
    return path, ledger


WRITERS: dict[str, Callable[[Path], tuple[Path, Ledger]]] = {
    "orders_export_1.csv": shopify_orders,
    "transactions-2026-02-01-2026-06-30.csv": square_transactions,
    "qb_desktop_sales_by_customer_detail.xlsx": quickbooks_desktop_xlsx,
    "qbo_sales_by_customer_detail.csv": quickbooks_online_csv,
    "Invoices.csv": xero_invoices,
    "EtsySoldOrders2020.csv": etsy_sold_orders,
    "unified_payments.csv": stripe_payments,
    "Download.CSV": paypal_activity,
    "Payments-20260824_1107_EDT.csv": clover_payments,
    "CheckDetails.csv": toast_check_details,
    "woocommerce-orders.csv": woocommerce_orders,
    "Rechnungsliste_2025.csv": european_semicolon_csv,
    "invoice_list_2025-26.csv": uk_invoice_list_cp1252,
    "items-2026-07-01.xlsm": square_items_xlsm,
    "items-2026-07-01.ods": square_items_ods,
}


def write_all(folder: Path) -> dict[str, tuple[Path, Ledger]]:
    """Write every file into ``folder``; return name -> (path, ledger)."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: writer(folder / name) for name, writer in WRITERS.items()}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "fresh-exports")
    for name, (_p, ledger) in write_all(out).items():
        print(name, truth(ledger))
