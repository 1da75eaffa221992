"""Which role (DESIGN.md §3) each column plays: from its header, then from its values."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from desktopseg.core.i18n import _
from desktopseg.core.importer.values import DateParse, NumberParse
from desktopseg.core.model import MULTI_ROLES

# Header synonyms per role, compared after normalise(). Several languages: English, Korean,
# Chinese, Finnish, German, French, Spanish. The number is how sure an exact match makes us.
# fmt: off
SYNONYMS: dict[str, dict[str, float]] = {
    "customer_id": {w: 0.95 for w in (
        "customerid", "customerno", "customernumber", "customercode", "custid", "custno",
        "custnum", "custnr", "custcode", "kdnr", "clientid",
        "clientno", "clientnumber", "accountnumber", "accountno", "accountid", "memberid",
        "buyerid", "buyeruserid", "contactid", "customerreferenceid", "squarecustomerid",
        "customer_user", "customeruser", "userid", "loyaltyid", "cardholderid",
        "고객id", "고객번호", "고객코드", "회원번호", "客户id", "客户编号", "客户代码", "会员编号",
        "asiakasnumero", "asiakastunnus", "asiakasid", "kundennummer", "kundenid", "kundennr",
        "numéroclient", "numeroclient", "idclient", "codeclient", "idcliente", "númerodecliente",
        "numerodecliente", "códigocliente", "codigocliente", "clienteid")},
    "customer_name": {w: 0.93 for w in (
        "customer", "customername", "customerfullname", "client", "clientname", "name",
        "fullname", "contactname", "buyer", "buyername", "billingname", "accountname",
        "soldto", "billto", "member", "membername", "guestname",
        "고객", "고객명", "고객이름", "이름", "거래처", "거래처명", "客户", "客户名称", "客户名",
        "姓名",
        "顾客", "顾客姓名", "asiakas", "asiakkaannimi", "nimi", "kunde", "kundenname", "name1",
        "nomclient", "nomduclient", "nom", "cliente", "nombrecliente", "nombredelcliente",
        "nombre", "razonsocial", "razónsocial")},
    "first_name": {w: 0.9 for w in ("firstname", "givenname", "forename", "vorname", "prénom",
                                    "prenom", "etunimi", "名", "이름(名)")},
    "last_name": {w: 0.9 for w in ("lastname", "surname", "familyname", "nachname", "nomdefamille",
                                   "sukunimi", "apellido", "apellidos", "姓", "성")},
    "email": {w: 0.95 for w in (
        "email", "emailaddress", "mail", "customeremail", "billingemail", "fromemailaddress",
        "buyeremail", "이메일", "전자우편", "邮箱", "电子邮件", "电子邮箱", "sähköposti",
        "sahkoposti", "emailadresse", "courriel", "adresseemail", "correo", "correoelectrónico",
        "correoelectronico")},
    "phone": {w: 0.9 for w in ("phone", "phonenumber", "telephone", "tel", "mobile", "mobilenumber",
                               "customerphone", "billingphone", "contactphonenumber", "전화",
                               "전화번호", "휴대폰", "电话", "手机", "puhelin", "puhelinnumero",
                               "telefon", "téléphone", "telefono", "teléfono")},
    "company": {w: 0.85 for w in ("company", "companyname", "business", "organisation",
                                  "organization", "billingcompany", "legalname", "회사", "회사명",
                                  "公司", "公司名称", "yritys", "firma", "unternehmen", "société",
                                  "societe", "entreprise", "empresa")},
    "date": {w: 0.95 for w in (
        "date", "saledate", "orderdate", "invoicedate", "transactiondate", "paymentdate",
        "createdat", "created", "createdutc", "paidat", "datetime", "timestamp", "purchasedate",
        "posteddate", "documentdate", "openeddate", "opened", "txndate", "invoicedatetime",
        "날짜", "일자", "거래일", "거래일자", "판매일", "주문일", "日期", "交易日期", "销售日期",
        "订单日期",
        "päivämäärä", "paivamaara", "pvm", "myyntipäivä", "datum", "rechnungsdatum",
        "belegdatum", "verkaufsdatum", "bestelldatum", "datedevente", "datefacture",
        "datedefacture", "datecommande", "fecha", "fechadeventa", "fechafactura", "fechapedido")},
    "time": {w: 0.9 for w in ("time", "saletime", "ordertime", "openedtime", "uhrzeit", "heure",
                              "hora", "aika", "시간", "时间")},
    "order_id": {w: 0.9 for w in (
        "orderid", "orderno", "ordernumber", "order", "invoice", "invoiceno", "invoicenumber",
        "invoiceid", "transactionid", "receipt", "receiptno", "receiptnumber", "ticket",
        "ticketno", "num", "no", "number", "documentno", "checkid", "checkno", "saleid",
        "transactionno", "referenceno", "주문번호", "영수증번호", "전표번호", "订单号", "订单编号",
        "发票号", "单号", "tilausnumero", "laskunumero", "kuittinumero", "bestellnummer",
        "rechnungsnummer", "belegnummer", "belegnr", "numérodecommande", "numerodecommande",
        "numérodefacture", "numerodefacture", "numeroticket", "númerodepedido",
        "numerodepedido", "numerodefactura", "númerodefactura", "factura", "pedido")},
    "amount": {
        **{w: 0.96 for w in ("netsales", "lineamount", "netamount", "linetotal", "amount",
                             "saleamount", "salesamount", "revenue", "netrevenue", "sales",
                             "totalsales", "net", "nettotal", "betrag", "montant", "importe",
                             "summa", "金额", "销售额", "금액", "매출", "매출액", "판매금액",
                             "umsatz", "nettobetrag", "montantht", "chiffredaffaires",
                             "ventas", "importeneto", "myynti", "summaeur", "price×qty")},
        **{w: 0.85 for w in ("total", "ordertotal", "ordervalue", "gross", "grosssales",
                             "totalamount", "totalcollected", "invoicetotal", "subtotal",
                             "linetotalprice", "合计", "总额", "합계", "yhteensä", "gesamt",
                             "gesamtbetrag", "totalttc", "totalht", "totalprice",
                             "totalvalue")},
        # "Net Value", "Sale Value", a column headed by its currency alone ("USD", "€")
        **{w: 0.8 for w in ("value", "netvalue", "grossvalue", "salevalue", "salesvalue",
                            "linevalue", "invoicevalue", "transactionvalue", "sum", "usd",
                            "eur", "gbp", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk",
                            "$", "€", "£")},
    },
    "quantity": {w: 0.92 for w in ("qty", "quantity", "quantities", "units", "count",
                                   "numberofitems",
                                   "lineitemquantity", "pcs", "수량", "数量", "määrä", "maara",
                                   "kpl", "menge", "anzahl", "quantité", "quantite", "cantidad",
                                   "unidades")},
    "unit_price": {w: 0.92 for w in ("unitprice", "price", "salesprice", "unitamount",
                                     "lineitemprice", "priceeach", "itemprice", "rate",
                                     "단가", "가격", "单价", "价格", "yksikköhinta", "hinta",
                                     "einzelpreis", "preis", "prixunitaire", "prix",
                                     "preciounitario", "precio")},
    "cost": {w: 0.9 for w in ("cost", "costprice", "unitcost", "totalcost", "cogs", "purchaseprice",
                              "원가", "成本", "kustannus", "ostohinta", "kosten", "einkaufspreis",
                              "coût", "cout", "prixdachat", "costo", "coste", "costvalue",
                              "costamount", "itemcost")},
    "margin": {w: 0.85 for w in ("margin", "profit", "grossprofit", "grossmargin", "marge",
                                 "marginal", "이익", "마진", "利润", "毛利", "kate", "gewinn",
                                 "ganancia", "margen")},
    "discount": {w: 0.85 for w in ("discount", "discounts", "discountamount", "lineitemdiscount",
                                   "rabatt", "remise", "descuento", "alennus", "할인", "折扣")},
    "tax": {w: 0.85 for w in ("tax", "taxes", "salestax", "vat", "gst", "taxamount", "taxtotal",
                              "mwst", "ust", "tva", "iva", "alv", "부가세", "세금", "税", "税额",
                              "taxvalue", "vatamount", "vatvalue", "gstamount")},
    "product": {"sku": 0.75, "stockcode": 0.75, "itemcode": 0.75, "productcode": 0.75,
                **{w: 0.9 for w in ("product", "item", "itemname", "productname", "description",
                                 "lineitemname", "productservice", "productservicefullname",
                                 "menuitem", "itemtitle", "article",
                                 "상품", "상품명", "제품", "품목", "商品", "产品", "品名", "tuote",
                                 "tuotenimi", "nimike", "artikel", "produkt", "artikelname",
                                 "produit", "désignation", "producto", "artículo", "articulo")}},
    "category": {w: 0.9 for w in ("category", "productcategory", "itemcategory", "department",
                                  "productgroup", "salescategory", "menugroup", "family", "type",
                                  "분류", "카테고리", "类别", "分类", "品类", "tuoteryhmä",
                                  "kategoria", "kategorie", "warengruppe", "catégorie",
                                  "categorie", "categoría", "categoria", "familia")},
    "channel": {w: 0.9 for w in ("channel", "saleschannel", "source", "ordersource", "origin",
                                 "diningoption", "ordertype", "채널", "판매채널", "渠道",
                                 "销售渠道",
                                 "kanava", "myyntikanava", "kanal", "vertriebskanal", "canal")},
    "event_type": {w: 0.85 for w in ("eventtype", "transactiontype", "type", "status",
                                     "financialstatus", "orderstatus", "result", "voided",
                                     "상태", "状态", "tila", "typ", "statut", "estado")},
    "location": {w: 0.8 for w in ("location", "store", "shop", "branch", "outlet", "site",
                                  "매장", "지점", "门店", "店铺", "myymälä", "filiale",
                                  "magasin", "tienda", "sucursal")},
    "city": {w: 0.9 for w in ("city", "town", "billingcity", "shipcity", "pocity", "towncity",
                              "도시", "城市", "kaupunki", "stadt", "ort", "ville", "ciudad")},
    "region": {w: 0.85 for w in ("region", "state", "province", "county", "billingprovince",
                                 "shipstate", "poregion", "지역", "地区", "省", "alue",
                                 "bundesland",
                                 "département", "provincia", "estado/provincia")},
    "country": {w: 0.9 for w in ("country", "billingcountry", "shipcountry", "pocountry",
                                 "countrycode", "국가", "国家", "maa", "land", "pays", "país",
                                 "pais")},
    "postcode": {w: 0.9 for w in ("postcode", "postalcode", "zip", "zipcode", "billingzip",
                                  "shipzipcode", "popostalcode", "우편번호", "邮编", "postinumero",
                                  "plz", "postleitzahl", "codepostal", "códigopostal",
                                  "codigopostal")},
    "acquisition_source": {w: 0.85 for w in ("acquisitionsource", "referral", "referralsource",
                                             "howdidyouhear", "leadsource", "creationsource",
                                             "utmsource", "campaign", "유입경로", "来源",
                                             "获客渠道",
                                             "hankintakanava", "akquisekanal", "provenance",
                                             "origen")},
    "industry_code": {w: 0.95 for w in ("sic", "siccode", "naics", "naicscode", "industrycode",
                                        "nace", "업종코드", "行业代码", "toimialakoodi",
                                        "branchencode", "codenaf", "codigocnae")},
    "industry": {w: 0.9 for w in ("industry", "sector", "vertical", "업종", "산업", "行业",
                                  "toimiala", "branche", "secteur", "sector", "industria")},
    "employees": {w: 0.9 for w in ("employees", "numberofemployees", "employeecount", "staff",
                                   "headcount", "직원수", "员工人数", "henkilöstö", "henkilosto",
                                   "mitarbeiter", "effectif", "empleados")},
    "annual_revenue": {w: 0.9 for w in ("annualrevenue", "companyrevenue", "turnover",
                                        "yearlyrevenue", "연매출", "年收入", "营业额",
                                        "liikevaihto",
                                        "jahresumsatz", "chiffredaffairesannuel",
                                        "ingresosanuales")},
    "founded": {w: 0.85 for w in ("founded", "yearfounded", "established", "설립연도", "成立年份",
                                  "perustamisvuosi", "gründungsjahr", "fondation", "fundación")},
    "effort_score": {w: 0.9 for w in ("effort", "effortscore", "serviceeffort", "servicescore")},
    "service_minutes": {w: 0.9 for w in ("serviceminutes", "supportminutes", "servicetime",
                                         "supporthours", "servicehours", "minutes", "hours")},
    "tickets": {w: 0.9 for w in ("tickets", "supporttickets", "servicetickets", "cases",
                                 "phonecalls", "calls", "supportcalls", "servicecalls",
                                 "complaints")},
    "age": {w: 0.85 for w in ("age", "나이", "年龄", "ikä", "alter", "âge", "edad")},
    "gender": {w: 0.85 for w in ("gender", "sex", "성별", "性别", "sukupuoli", "geschlecht",
                                 "sexe", "género", "genero")},
    "segment_hint": {w: 0.8 for w in ("customertype", "customergroup", "segment", "tier",
                                      "customerclass", "accounttype", "tags", "고객유형",
                                      "客户类型", "asiakasryhmä", "kundengruppe", "typeclient",
                                      "tipocliente")},
    "first_purchase": {w: 0.9 for w in ("firstvisit", "firstpurchase", "firstorder",
                                        "firstorderdate", "customersince", "firstseen")},
    "last_purchase": {w: 0.9 for w in ("lastvisit", "lastpurchase", "lastorder", "lastorderdate",
                                       "lastseen", "lastactivity")},
    "order_count": {w: 0.9 for w in ("transactioncount", "totalorders", "ordercount", "orders",
                                     "numberoforders", "visits", "purchases", "구매횟수",
                                     "订单数", "tilauksia", "bestellungen")},
    "lifetime_spend": {w: 0.9 for w in ("lifetimespend", "totalspent", "totalspend",
                                        "lifetimevalue", "totalrevenue", "totalpurchases",
                                        "누적구매액", "累计消费", "kokonaisostot")},
}

# fmt: on

#: Roles whose values must be numbers / dates for the header match to stand.
NUMERIC_ROLES = frozenset(
    {
        "amount",
        "quantity",
        "unit_price",
        "cost",
        "margin",
        "discount",
        "tax",
        "employees",
        "annual_revenue",
        "effort_score",
        "service_minutes",
        "tickets",
        "age",
        "order_count",
        "lifetime_spend",
        "category_spend",
    }
)
DATE_ROLES = frozenset({"date", "first_purchase", "last_purchase"})
_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def normalise(header: str) -> str:
    """Return a header without case, spaces or punctuation ('*Customer ID:' -> 'customerid')."""
    text = _without_currency(unicodedata.normalize("NFKC", str(header))).casefold()
    return re.sub(r"[\s_\-./:#*()'\"?!\[\],;&+]+", "", text)


def _without_currency(text: str) -> str:
    """Return ``text`` without the currency a money header names ("Net £", "Amount (EUR)").

    A header that is only a currency ("€", "(USD)") keeps it: the currency is all it says.
    """
    rest = re.sub(r"[$£€¥₩₹]|\(\s*[A-Z]{3}\s*\)", "", text)
    return rest if rest.strip() else text


#: Roles in the words a shop owner uses (reasons never show the internal keys).
ROLE_WORDS = {
    "customer_id": "the customer's ID", "customer_name": "the customer's name",
    "first_name": "first name", "last_name": "last name", "email": "e-mail address",
    "phone": "phone number", "company": "company name", "date": "the date of the sale",
    "time": "the time of the sale", "order_id": "the order number", "amount": "the amount",
    "quantity": "the quantity", "unit_price": "the unit price", "cost": "the cost",
    "margin": "the margin", "discount": "the discount", "tax": "the tax",
    "product": "the product", "category": "the product category", "channel": "the sales channel",
    "event_type": "the kind of line (sale, refund, status)", "location": "the shop location",
    "city": "city", "region": "region", "country": "country", "postcode": "postcode",
    "acquisition_source": "how the customer found you", "industry_code": "industry code",
    "industry": "industry", "employees": "number of employees",
    "annual_revenue": "the company's yearly revenue", "founded": "year founded",
    "effort_score": "service effort", "service_minutes": "service time",
    "tickets": "support tickets", "age": "age", "gender": "gender",
    "segment_hint": "customer type", "first_purchase": "first purchase",
    "last_purchase": "last purchase", "order_count": "number of orders",
    "lifetime_spend": "total spend", "category_spend": "spend per category",
    "channel_orders": "purchases per channel", "recency_days": "days since the last purchase",
    "date_joined": "the date the customer joined",
}  # fmt: skip


def role_words(role: str) -> str:
    """Return the plain words for ``role``."""
    return _(ROLE_WORDS.get(role, role.replace("_", " ")))


@dataclass
class RoleGuess:
    """One candidate role for one column."""

    role: str
    confidence: float
    reason: str


def _word_bounds(header: str) -> set[int]:
    """Positions in normalise(header) where its words start or end ("Net Value" -> 0, 3, 8)."""
    text = _without_currency(unicodedata.normalize("NFKC", str(header)))
    # camelCase and letters next to digits part words: "SalesValue", "Person1Email"
    text = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ",
                  text).casefold()
    bounds, pos = {0}, 0
    for word in re.split(r"[\s_\-./:#*()'\"?!\[\],;&+]+", text):
        pos += len(word)
        bounds.add(pos)
    return bounds


def _inside(word: str, norm: str, bounds: set[int]) -> tuple[bool, bool]:
    """(``word`` is whole words of the header, it ends the header) at its best place in it."""
    best = (False, False)
    start = norm.find(word)
    while start >= 0:
        end = start + len(word)
        here = (start in bounds and end in bounds, end == len(norm))
        best = max(best, here)
        start = norm.find(word, start + 1)
    return best


def header_guesses(header: str) -> list[RoleGuess]:
    """Roles suggested by the header text alone, best first."""
    norm = normalise(header)
    if not norm:
        return []
    bounds = _word_bounds(header)
    out: list[RoleGuess] = []
    for role, words in SYNONYMS.items():
        if norm in words:
            out.append(
                RoleGuess(
                    role,
                    words[norm],
                    _("header '{h}' means {r}").format(h=header, r=role_words(role)),
                )
            )
            continue
        # A known word inside a longer header ("Billing Email", "Order Date (UTC)").
        found = [(_inside(w, norm, bounds), len(w)) for w in words if len(w) >= 4 and w in norm]
        if found:
            (whole, last), best = max(found, key=lambda f: (f[0], f[1]))
            conf = 0.55 + 0.25 * best / max(len(norm), 1)
            if whole and last:
                conf += 0.08  # English names a thing by its last word: "Invoice Value"
            elif not whole and len(bounds) > 2:
                conf *= 0.8  # inside another word ("alue", region in Finnish, in "Net Value")
            out.append(
                RoleGuess(
                    role,
                    conf,
                    _("header '{h}' looks like {r}").format(h=header, r=role_words(role)),
                )
            )
    out.sort(key=lambda g: -g.confidence)
    return out


@dataclass
class ColumnProfile:
    """What a column's values look like (computed once, vectorised)."""

    name: str
    filled: int
    unique: int
    number: NumberParse | None
    date: DateParse | None
    email_rate: float
    integer_like: bool
    text_len: float


def value_guesses(p: ColumnProfile, n_rows: int) -> list[RoleGuess]:
    """Roles suggested by the values: dates, money, e-mail addresses, identifiers."""
    out: list[RoleGuess] = []
    if p.filled == 0:
        return out
    if p.email_rate > 0.8:
        out.append(
            RoleGuess(
                "email", 0.9, _("{p:.0%} of values are e-mail addresses").format(p=p.email_rate)
            )
        )
    if p.date is not None and p.date.rate > 0.9 and p.date.format:
        out.append(
            RoleGuess(
                "date",
                0.6 + 0.3 * p.date.rate,
                _("{p:.0%} of values are dates").format(p=p.date.rate),
            )
        )
    if p.number is not None and p.number.rate > 0.9 and not (p.date and p.date.rate > 0.9):
        if p.number.currency:
            out.append(
                RoleGuess(
                    "amount", 0.7, _("values are money ({p:.0%} parse)").format(p=p.number.rate)
                )
            )
    return out


def assign_roles(
    headers: list[str],
    candidates: dict[str, list[RoleGuess]],
) -> dict[str, RoleGuess | None]:
    """Give each role to at most one column (except multi roles), best confidence first."""
    pairs = [(g.confidence, i, h, g) for i, h in enumerate(headers) for g in candidates.get(h, [])]
    pairs.sort(key=lambda x: (-x[0], x[1]))
    taken_roles: set[str] = set()
    result: dict[str, RoleGuess | None] = {h: None for h in headers}
    for _conf, _i, h, g in pairs:
        if result[h] is not None:
            continue
        if g.role in taken_roles and g.role not in MULTI_ROLES:
            continue
        result[h] = g
        taken_roles.add(g.role)
    return result


def profile_column(
    name: str,
    series: pd.Series,
    decimal_hint: str | None,
    date_order: str | None,
    prefer: str,
    date1904: bool,
    header_says_date: bool = False,
) -> ColumnProfile:
    """Parse a column both ways (numbers and dates) once; roles and cleaning reuse it."""
    import pyarrow.compute as pc

    from desktopseg.core.importer.values import arrow_text, is_blank, parse_dates, parse_numbers

    blank = is_blank(series)
    filled = int((~blank).sum())
    number = parse_numbers(series, decimal_hint) if filled else None
    date = None
    email_rate = 0.0
    text_len = 0.0
    if filled:
        kind = series.dtype.kind
        looks_numeric = number is not None and number.rate > 0.98 and kind not in "mM"
        # Numbers are dates only when the header says so (Excel serials) or they look like
        # 19970101; otherwise every quantity column would pass for a date.
        if (
            kind == "M"
            or not looks_numeric
            or header_says_date
            or (number is not None and number.values.dropna().between(19000101, 21001231).all())
        ):
            date = parse_dates(series, date_order, prefer, date1904)
        if kind not in "biufmM":
            arr = arrow_text(series.loc[~blank].head(5000))
            if len(arr):
                email_rate = float(
                    pc.mean(pc.cast(pc.match_substring_regex(arr, _EMAIL), "int64")).as_py() or 0
                )
                text_len = float(pc.mean(pc.utf8_length(arr)).as_py() or 0)
    nonblank = series[~blank]
    unique = int(nonblank.nunique()) if filled else 0
    integer_like = bool(
        number is not None and number.rate > 0.98 and (number.values.dropna() % 1 == 0).all()
    )
    return ColumnProfile(name, filled, unique, number, date, email_rate, integer_like, text_len)
