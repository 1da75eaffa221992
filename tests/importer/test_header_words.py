"""Headers whose words contain other, shorter synonyms: the whole words decide.

"Net Value" and "Sale Value" (Sage and many UK/EU ledgers) were read as the region, because
"alue" (Finnish for region) sits inside "value"; "Invoice Value" was read as the order number.
Those files were refused with "No column with amounts".
"""

from __future__ import annotations

import pandas as pd
import pytest

from desktopseg.core.pipeline import load

ROWS = [("C001", "Ann Lee", "03/01/2024", "INV-101", "12.50", "Leeds"),
        ("C002", "Bob Marsh", "05/01/2024", "INV-102", "30.00", "York"),
        ("C001", "Ann Lee", "03/02/2024", "INV-107", "15.00", "Leeds"),
        ("C003", "Cid Patel", "09/02/2024", "INV-111", "8.25", "Hull"),
        ("C002", "Bob Marsh", "21/02/2024", "INV-115", "-5.00", "York")]


@pytest.mark.parametrize("money", ["Net Value", "Sale Value", "Invoice Value", "Gross Value",
                                   "Transaction Value", "USD", "GBP", "€", "Sum", "value_gbp"])
def test_the_money_column_is_found_by_its_whole_words(tmp_path, money):
    path = tmp_path / "ledger.csv"
    frame = pd.DataFrame(ROWS, columns=["Account", "Customer", "Date", "Invoice No", money,
                                        "Region"])
    frame.to_csv(path, index=False, encoding="utf-8")
    data = load(path)
    roles = {col: role for col, role in data.mapping.roles.items() if role}
    assert roles[money] == "amount"
    assert roles["Region"] == "region"
    assert roles["Invoice No"] == "order_id"
    assert data.transactions["amount"].sum() == pytest.approx(60.75)


def test_a_finnish_region_column_is_still_the_region(tmp_path):
    path = tmp_path / "myynti.csv"
    pd.DataFrame({"Asiakasnumero": ["A1", "A2", "A1"], "Päivämäärä": ["1.3.2024", "2.3.2024",
                                                                       "9.4.2024"],
                  "Summa": ["10,00", "20,50", "5,25"], "Alue": ["Uusimaa", "Pirkanmaa",
                                                                 "Uusimaa"]}).to_csv(
        path, index=False, sep=";")
    data = load(path)
    roles = {col: role for col, role in data.mapping.roles.items() if role}
    assert roles["Alue"] == "region" and roles["Summa"] == "amount"
    assert data.transactions["amount"].sum() == pytest.approx(35.75)


@pytest.mark.parametrize("header, role", [("Tax Value", "tax"), ("VAT Amount", "tax"),
                                          ("Cost Value", "cost"), ("Total Price", "amount"),
                                          ("Person1Email", "email"), ("Value", "amount")])
def test_the_kind_of_money_or_the_last_word_decides(header, role):
    """A value of tax is tax, not a sale; a total price is the line's amount."""
    from desktopseg.core.importer.roles import header_guesses

    assert header_guesses(header)[0].role == role


@pytest.mark.parametrize("header, role", [
    ("N° facture", "order_id"), ("Nº commande", "order_id"), ("Facture n°", "order_id"),
    ("N° de commande", "order_id"), ("Nr. Rechnung", "order_id"), ("Rechnungsnr.", "order_id"),
    ("Bestell-Nr.", "order_id"), ("N° client", "customer_id")])
def test_a_number_of_an_invoice_order_or_customer_in_french_or_german(header, role):
    """'N° facture' was not recognised at all; 'N° client' was read as the customer's name."""
    from desktopseg.core.importer import content_roles

    assert content_roles.tolerant_guesses(header)[0].role == role


def test_a_french_invoice_list_counts_orders_by_invoice_number(tmp_path):
    path = tmp_path / "factures.csv"
    path.write_bytes(("Date;N° client;Client;N° facture;Montant TTC;Montant HT;TVA\n"
                      "03/01/2024;C1;Dupont SARL;F-001;1 234,56 €;1 028,80 €;205,76 €\n"
                      "03/01/2024;C1;Dupont SARL;F-002;60,00 €;50,00 €;10,00 €\n"
                      "05/01/2024;C2;Martin;F-003;120,00 €;100,00 €;20,00 €\n"
                      "15/02/2024;C3;Bernard;F-004;240,00 €;200,00 €;40,00 €\n").encode("cp1252"))
    data = load(path)
    roles = {col: role for col, role in data.mapping.roles.items() if role}
    assert roles["N° facture"] == "order_id" and roles["N° client"] == "customer_id"
    assert roles["Montant HT"] == "amount"
    tx = data.transactions
    assert tx["amount"].sum() == pytest.approx(1378.80)
    # Two invoices of Dupont on one day are two orders, not one day's purchases.
    assert tx.loc[tx["customer_key"] == "C1", "order_id"].nunique() == 2
