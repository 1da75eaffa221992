<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
  <context>
    <name>BucketsModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Average order</source>
      <translation>Keskiostos</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Effort (1–10)</source>
      <translation>Työmäärä (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Margin</source>
      <translation>Kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Profit after service</source>
      <translation>Tulos palvelukulujen jälkeen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Segment</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Share</source>
      <translation>Osuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>Type your own rating, 1 (little) to 10 (a lot); 0 clears it.</source>
      <translation>Kirjoita oma arviosi, 1 (vähän) – 10 (paljon); 0 poistaa sen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>What it means</source>
      <translation>Mitä se tarkoittaa</translation>
    </message>
  </context>
  <context>
    <name>BucketsView</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{title}: {n} groups. Double-click a group to see its customers and why each is there.</source>
      <translation>{title}: {n} ryhmää. Kaksoisnapsauta ryhmää nähdäksesi sen asiakkaat ja miksi kukin on siinä.</translation>
    </message>
  </context>
  <context>
    <name>ChartsView</name>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Charts are not available in this version.</source>
      <translation>Kaaviot eivät ole käytettävissä tässä versiossa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>No results yet.</source>
      <translation>Ei vielä tuloksia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Recency × frequency grid</source>
      <translation>Viimeisin osto × ostotiheys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Segment sizes</source>
      <translation>Ryhmien koot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Service effort vs. margin</source>
      <translation>Palvelun työmäärä vs. kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Sorry, this chart could not be drawn.</source>
      <translation>Valitettavasti kaaviota ei voitu piirtää.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The details are in {path}</source>
      <translation>Tiedot ovat tiedostossa {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>The recency × frequency grid needs the buying-behaviour grouping.</source>
      <translation>Viimeisin osto × ostotiheys -kaavio tarvitsee ostokäyttäytymisen ryhmittelyn.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/charts_view.py" />
      <source>Who brings the money</source>
      <translation>Keneltä raha tulee</translation>
    </message>
  </context>
  <context>
    <name>ClientsView</name>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>1 client refreshed.</source>
      <translation>1 asiakasyritys päivitetty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add a client</source>
      <translation>Lisää asiakasyritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Add…</source>
      <translation>Lisää…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Cancel</source>
      <translation>Peruuta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client</source>
      <translation>Asiakasyritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Client's name:</source>
      <translation>Asiakasyrityksen nimi:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Clients</source>
      <translation>Asiakasyritykset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Exports arrive in</source>
      <translation>Viennit saapuvat kansioon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last export</source>
      <translation>Viimeisin vienti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Last run</source>
      <translation>Viimeisin analyysi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Needs fixing: {problem}</source>
      <translation>Korjattava: {problem}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open</source>
      <translation>Avaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Open the client's last results in the main window</source>
      <translation>Avaa asiakkaan viimeisimmät tulokset pääikkunassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Practice:</source>
      <translation>Tilitoimisto:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Problems</source>
      <translation>Ongelmat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Refresh all</source>
      <translation>Päivitä kaikki</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove client</source>
      <translation>Poista asiakasyritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove {name}? Their autosaves, remembered column mapping and past runs kept by the app are deleted. Their own export files are not touched.</source>
      <translation>Poistetaanko {name}? Ohjelman säilyttämät automaattitallennukset, muistetut sarakevalinnat ja aiemmat analyysit poistetaan. Asiakasyrityksen omiin vientitiedostoihin ei kosketa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Remove…</source>
      <translation>Poista…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Starting…</source>
      <translation>Aloitetaan…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after 1 client.</source>
      <translation>Pysäytetty 1 asiakasyrityksen jälkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped after {n} clients.</source>
      <translation>Pysäytetty {n} asiakasyrityksen jälkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Stopped.</source>
      <translation>Pysäytetty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Summary</source>
      <translation>Yhteenveto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>The refresh stopped: {error}</source>
      <translation>Päivitys keskeytyi: {error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Their till or accounting system (optional, e.g. Square, QuickBooks):</source>
      <translation>Kassa- tai kirjanpitojärjestelmä (valinnainen, esim. Square, QuickBooks):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Where do {name}'s exports arrive?</source>
      <translation>Mihin kansioon asiakasyrityksen {name} viennit saapuvat?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>Your practice's name, printed on each report</source>
      <translation>Tilitoimistosi nimi, joka tulostetaan jokaiseen raporttiin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{name} has no results yet: click Refresh all first.</source>
      <translation>Asiakkaalla {name} ei ole vielä tuloksia: napsauta ensin Päivitä kaikki.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/clients_view.py" />
      <source>{n} clients refreshed.</source>
      <translation>{n} asiakasyritystä päivitetty.</translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Compare</source>
      <translation>Vertaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved</source>
      <translation>Vie kaikki ryhmää vaihtaneet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Export everyone who moved…</source>
      <translation>Vie kaikki ryhmää vaihtaneet…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Flow between the two dates</source>
      <translation>Siirtymät kahden päivämäärän välillä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move</source>
      <translation>Siirtymä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix</source>
      <translation>Siirtymätaulukko</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Move matrix (chart)</source>
      <translation>Siirtymätaulukko (kaavio)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Pick an earlier date and press Compare to see who moved between segments since then.</source>
      <translation>Valitse aiempi päivämäärä ja paina Vertaa nähdäksesi, ketkä ovat sen jälkeen siirtyneet ryhmästä toiseen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue before</source>
      <translation>Myynti ennen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Revenue now</source>
      <translation>Myynti nyt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Rows: segment at the earlier date · columns: at the later date. Double-click a number for the customers.</source>
      <translation>Rivit: ryhmä aiempana päivänä · sarakkeet: ryhmä myöhempänä päivänä. Kaksoisnapsauta lukua nähdäksesi asiakkaat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>Ryhmien koot ajan mittaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Show customers…</source>
      <translation>Näytä asiakkaat…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>This file has no purchase dates, so there is no earlier moment to compare with.</source>
      <translation>Tiedostossa ei ole ostopäiviä, joten vertailuun ei ole aiempaa ajankohtaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Who moved</source>
      <translation>Ketkä siirtyivät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the data as of</source>
      <translation>tietoja päivämäärältä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>the earlier export (to {day})</source>
      <translation>aiempaa vientiä ({day} asti)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>with the end of the data</source>
      <translation>tietojen viimeiseen päivään</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}</source>
      <translation>{a} → {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: 1 customer</source>
      <translation>{a} → {b}: 1 asiakas</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{a} → {b}: {n} customers</source>
      <translation>{a} → {b}: {n} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>{before} customers on {day}, {after} on {end}; {new} new since then.</source>
      <translation>Päivänä {day} {before} asiakasta, päivänä {end} {after}; sen jälkeen {new} uutta.</translation>
    </message>
  </context>
  <context>
    <name>CostToServeBox</name>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Category</source>
      <translation>Tuoteryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Cost to serve</source>
      <translation>Palvelukulut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin %</source>
      <translation>Kate-%</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Margin % per product category (blank: the margin above). A cost column in the file wins.</source>
      <translation>Kate-% tuoteryhmittäin (tyhjä: yllä oleva kate). Jos tiedostossa on kulusarake, sitä käytetään.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Minutes of staff time per activity. Without service figures in your file, each customer's effort and cost to serve are estimated from these.</source>
      <translation>Henkilökunnan työminuutit kutakin tapahtumaa kohden. Jos tiedostossasi ei ole palvelulukuja, kunkin asiakkaan työmäärä ja palvelukulut arvioidaan näiden perusteella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>Staff time per hour:</source>
      <translation>Henkilökunnan tuntikustannus:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cost_settings.py" />
      <source>What an hour of staff time costs you, wages and overheads, in the file's currency.</source>
      <translation>Mitä henkilökunnan työtunti maksaa sinulle palkkoineen ja yleiskuluineen, tiedoston valuutassa.</translation>
    </message>
  </context>
  <context>
    <name>CurrencyBox</name>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file</source>
      <translation>Kuten tiedostossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file (not stated)</source>
      <translation>Kuten tiedostossa (ei mainittu)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>As in the file ({code})</source>
      <translation>Kuten tiedostossa ({code})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/currency_box.py" />
      <source>The currency money is shown in: tables, cards, report and Excel file. Kept with the column choices of this export.</source>
      <translation>Valuutta, jossa rahasummat näytetään: taulukot, kortit, raportti ja Excel-tiedosto. Tallennetaan tämän viennin sarakevalintojen kanssa.</translation>
    </message>
  </context>
  <context>
    <name>CustomersDialog</name>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>1 customer in {segment}</source>
      <translation>1 asiakas ryhmässä {segment}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Average order</source>
      <translation>Keskiostos</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Buyer type</source>
      <translation>Ostajatyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Chance to buy again (%)</source>
      <translation>Todennäköisyys ostaa uudelleen (%)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Churn risk</source>
      <translation>Menetysriski</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customer ID</source>
      <translation>Asiakasnumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Customers in {segment}</source>
      <translation>Ryhmän {segment} asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Days since</source>
      <translation>Päivää sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Effort</source>
      <translation>Työmäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export customer list</source>
      <translation>Vie asiakaslista</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Export list…</source>
      <translation>Vie lista…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Find a customer…</source>
      <translation>Etsi asiakas…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Last purchase</source>
      <translation>Viimeisin osto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Margin</source>
      <translation>Kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Orders</source>
      <translation>Tilaukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Why here</source>
      <translation>Miksi tässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>{n} customers in {segment}</source>
      <translation>{n} asiakasta ryhmässä {segment}</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <location filename="../../desktopseg/gui/models.py" />
      <source>yes</source>
      <translation>kyllä</translation>
    </message>
  </context>
  <context>
    <name>DesktopSeg</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Please check this</source>
      <translation>Tarkista tämä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong</source>
      <translation>Valitettavasti jokin meni pieleen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sorry, something went wrong inside DesktopSeg. Your file was not changed.

The details are in this log file; please send it to us:
{path}</source>
      <translation>Valitettavasti DesktopSegissä meni jokin pieleen. Tiedostoasi ei muutettu.

Lisätiedot ovat tässä lokitiedostossa; lähetäthän sen meille:
{path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>{where}: {message}</source>
      <translation>{where}: {message}</translation>
    </message>
  </context>
  <context>
    <name>EffortRating</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value} (arvioitu tapahtumista)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>{value} (your rating)</source>
      <translation>{value} (oma arviosi)</translation>
    </message>
  </context>
  <context>
    <name>EffortRatingBox</name>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>How much of your time these customers take, 1 = little, 10 = a lot. Your rating replaces the estimate in the chart and the report (a service column in the file still wins).</source>
      <translation>Kuinka paljon aikaasi nämä asiakkaat vievät, 1 = vähän, 10 = paljon. Arviosi korvaa laskennallisen arvion kaaviossa ja raportissa (tiedoston palvelusarake menee silti edelle).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>The file has its own service figures for each customer; those are used.</source>
      <translation>Tiedostossa on omat palveluluvut kullekin asiakkaalle; niitä käytetään.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>Your effort rating (1–10):</source>
      <translation>Oma arviosi työmäärästä (1–10):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/effort_rating.py" />
      <source>not rated</source>
      <translation>ei arvioitu</translation>
    </message>
  </context>
  <context>
    <name>ExportDoneBox</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Export finished</source>
      <translation>Vienti valmis</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Open</source>
      <translation>Avaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Show in folder</source>
      <translation>Näytä kansiossa</translation>
    </message>
  </context>
  <context>
    <name>ForecastView</name>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>Seuraavien {days} päivän aikana nykyisten asiakkaidesi odotetaan tekevän noin {orders} tilausta, arvoltaan noin {revenue}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/forecast_view.py" />
      <source>No forecast: it needs sales with dates, and it can be switched off in the settings.</source>
      <translation>Ei ennustetta: ennuste tarvitsee päivätyt myynnit, ja sen voi kytkeä pois päältä asetuksissa.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewPage</name>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(no grouping)</source>
      <translation>(ei ryhmittelyä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(not used)</source>
      <translation>(ei käytössä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>1 file read</source>
      <translation>1 tiedosto luettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>&lt;b&gt;Please check:&lt;/b&gt; these dates could be day-first or month-first; {read}</source>
      <translation>&lt;b&gt;Tarkista:&lt;/b&gt; päivämäärät voivat olla joko päivä- tai kuukausi edellä; {read}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Also read: {source}.</source>
      <translation>Luettiin myös: {source}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Amount</source>
      <translation>Summa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Automatic</source>
      <translation>Automaattinen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Back</source>
      <translation>Takaisin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Check how {name} was read</source>
      <translation>Tarkista, miten {name} luettiin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column in your file</source>
      <translation>Sarake tiedostossasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Column titles in row:</source>
      <translation>Sarakeotsikot rivillä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue</source>
      <translation>Jatka</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Continue anyway?</source>
      <translation>Jatketaanko silti?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Customer (as grouped)</source>
      <translation>Asiakas (ryhmiteltynä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Dates:</source>
      <translation>Päivämäärät:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Day first (31/12/2024)</source>
      <translation>Päivä ensin (31/12/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>First rows as they will be analysed</source>
      <translation>Ensimmäiset rivit sellaisina kuin ne analysoidaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>From {source}</source>
      <translation>Lähde: {source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Group customers by:</source>
      <translation>Ryhmittele asiakkaat sarakkeen mukaan:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>It adds: {columns}.</source>
      <translation>Siitä saadaan lisäksi: {columns}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Its columns are listed below the file's own; untick it to leave it out.</source>
      <translation>Sen sarakkeet näkyvät tiedoston omien sarakkeiden alla; poista valinta, jos haluat jättää sen pois.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Left out: {sources}.</source>
      <translation>Jätetty pois: {sources}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Month first (12/31/2024)</source>
      <translation>Kuukausi ensin (12/31/2024)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Not an export we know by name, so the columns were recognised from their titles and contents. Please check them.</source>
      <translation>Vientimuotoa ei tunnistettu nimeltä, joten sarakkeet tunnistettiin otsikoista ja sisällöstä. Tarkista ne.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Nothing unusual.</source>
      <translation>Ei mitään tavallisesta poikkeavaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Please check the columns</source>
      <translation>Tarkista sarakkeet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Recognised as a {format} export.</source>
      <translation>Tunnistettu {format}-vienniksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Refund</source>
      <translation>Hyvitys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Row in file</source>
      <translation>Rivi tiedostossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Rows: {read} read, {kept} kept</source>
      <translation>Rivejä: {read} luettu, {kept} mukana</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet '{sheet}' was chosen: {reason}</source>
      <translation>Valittiin taulukko '{sheet}': {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Sheet:</source>
      <translation>Taulukko:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>The row that holds the column titles</source>
      <translation>Rivi, jolla sarakeotsikot ovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Things we noticed</source>
      <translation>Huomasimme</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Use {source}, joined on the customer</source>
      <translation>Käytä lähdettä {source}, yhdistetty asiakkaan mukaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Used as</source>
      <translation>Käyttö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Why</source>
      <translation>Miksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Year first (2024-12-31)</source>
      <translation>Vuosi ensin (2024-12-31)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>You chose this</source>
      <translation>Valitsit tämän</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>Your customers are also put in one group per value of this column</source>
      <translation>Asiakkaat jaetaan lisäksi ryhmiin tämän sarakkeen arvojen mukaan, yksi ryhmä kullekin arvolle</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>column '{column}'</source>
      <translation>sarake '{column}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>detected</source>
      <translation>tunnistettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>it has the most data</source>
      <translation>siinä on eniten tietoa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>read as {format}</source>
      <translation>luettu muodossa {format}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>row {row}</source>
      <translation>rivi {row}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} files read together</source>
      <translation>{n} tiedostoa luettu yhdessä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} left out: {reason}</source>
      <translation>{n} jätetty pois: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{n} sales without a customer (walk-ins) counted but not grouped</source>
      <translation>{n} myyntiä ilman asiakasta (satunnaiset ostajat) laskettu mukaan, mutta ei ryhmitelty</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>{reason} (sure: {pct})</source>
      <translation>{reason} (varmuus: {pct})</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;About DesktopSeg</source>
      <translation>&amp;Tietoja DesktopSegistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Sulje</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Tiedosto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Groups</source>
      <translation>&amp;Ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Ohje</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Language</source>
      <translation>&amp;Kieli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Avaa…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Persona Cards</source>
      <translation>&amp;Henkilökortit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Tulosta…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Lopeta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Save Project</source>
      <translation>&amp;Tallenna projekti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;Start Page</source>
      <translation>&amp;Aloitussivu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it on {day}.</source>
      <translation>'{name}' on muuttunut sen jälkeen, kun tämä projekti luki sen {day}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>'{name}' has changed since this project read it.</source>
      <translation>'{name}' on muuttunut sen jälkeen, kun tämä projekti luki sen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;Find out who your customers are, from the spreadsheet your till already exports.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no internet connection is used.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;DesktopSeg {version}&lt;/h3&gt;&lt;p&gt;Selvitä, keitä asiakkaasi ovat, kassajärjestelmäsi valmiiksi viemästä taulukosta.&lt;/p&gt;&lt;p&gt;Kaikki pysyy tällä tietokoneella: internetyhteyttä ei käytetä.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>About DesktopSeg</source>
      <translation>Tietoja DesktopSegistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a &amp;Newer Export…</source>
      <translation>Lisää &amp;uudempi vienti…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add a Newer Export</source>
      <translation>Lisää uudempi vienti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Add this shop's latest export; the project keeps the earlier one to show what changed</source>
      <translation>Lisää tämän kaupan uusin vienti; projekti säilyttää aiemman, jotta näet, mikä muuttui</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>All files (*)</source>
      <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis &amp;Settings</source>
      <translation>Analyysin &amp;asetukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Analysis settings</source>
      <translation>Analyysin asetukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;harts</source>
      <translation>&amp;Kaaviot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>C&amp;lients…</source>
      <translation>Asiakas&amp;yritykset…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Cancel</source>
      <translation>Peruuta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Choose a folder for the customer lists</source>
      <translation>Valitse kansio asiakaslistoille</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Close this project and go back to the start page</source>
      <translation>Sulje tämä projekti ja palaa aloitussivulle</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Columns set as you chose last time for a file like this. To change them: View &gt; Review Columns.</source>
      <translation>Sarakkeet asetettiin kuten valitsit viimeksi samanlaiselle tiedostolle. Muuttaaksesi: Näytä &gt; Tarkista sarakkeet.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>DesktopSeg projects (*{suffix})</source>
      <translation>DesktopSeg-projektit (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;Customer Lists (CSV)…</source>
      <translation>Vie &amp;asiakaslistat (CSV)…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export &amp;PDF…</source>
      <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export PDF</source>
      <translation>Vie PDF</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to &amp;Excel…</source>
      <translation>Vie &amp;Exceliin…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Export to Excel</source>
      <translation>Vie Exceliin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Newer export added. The project keeps the data up to {day}: see What changed.</source>
      <translation>Uudempi vienti lisätty. Projektissa ovat nyt tiedot {day} asti: katso Mikä muuttui.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>No lists written</source>
      <translation>Listoja ei kirjoitettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>None of these customers has an e-mail address in the file, so there was nothing for an e-mail tool to import. Export to Excel to get every customer with their group.</source>
      <translation>Kenelläkään näistä asiakkaista ei ole tiedostossa sähköpostiosoitetta, joten sähköpostityökaluun ei ollut tuotavaa. Vie Exceliin saadaksesi kaikki asiakkaat ryhmineen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Note: {message}</source>
      <translation>Huom: {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open</source>
      <translation>Avaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open &amp;Recent</source>
      <translation>Avaa &amp;viimeisimpiä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open a spreadsheet export or a project</source>
      <translation>Avaa taulukkovienti tai projekti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Open the &amp;Log Folder</source>
      <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Preparing the print preview…</source>
      <translation>Valmistellaan tulostuksen esikatselua…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print Pre&amp;view…</source>
      <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Print preview</source>
      <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Read it now as a newer export? What the project has now is kept, so What changed can compare the two.</source>
      <translation>Luetaanko se nyt uudempana vientinä? Projektin nykyiset tiedot säilyvät, joten Mikä muuttui voi verrata niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Review &amp;Columns…</source>
      <translation>Tarkista &amp;sarakkeet…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Same as the system</source>
      <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save Project &amp;As…</source>
      <translation>Tallenna projekti &amp;nimellä…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Save project</source>
      <translation>Tallenna projekti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Saved to {path}</source>
      <translation>Tallennettu: {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Some lists not written</source>
      <translation>Osaa listoista ei kirjoitettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets ({patterns})</source>
      <translation>Taulukot ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Spreadsheets and projects ({patterns})</source>
      <translation>Taulukot ja projektit ({patterns})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Starting…</source>
      <translation>Aloitetaan…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped.</source>
      <translation>Pysäytetty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopped. The previous results are still shown.</source>
      <translation>Pysäytetty. Edelliset tulokset näkyvät yhä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Stopping…</source>
      <translation>Pysäytetään…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The File Has Changed</source>
      <translation>Tiedosto on muuttunut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>The new language is used from the next time DesktopSeg starts.</source>
      <translation>Uusi kieli otetaan käyttöön, kun DesktopSeg käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>What changed</source>
      <translation>Mikä muuttui</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Written to {path}</source>
      <translation>Kirjoitettu: {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Your Own &amp;Groups…</source>
      <translation>&amp;Omat ryhmät…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>{lists} lists written to {path}; {left} customers without an e-mail address left out.</source>
      <translation>{lists} listaa kirjoitettu kansioon {path}; {left} asiakasta ilman sähköpostiosoitetta jätettiin pois.</translation>
    </message>
  </context>
  <context>
    <name>PersonaCard</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Favourites:&lt;/b&gt; {items}</source>
      <translation>&lt;b&gt;Suosikit:&lt;/b&gt; {items}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Typically:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;Tyypillisesti:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;What to do&lt;/b&gt;</source>
      <translation>&lt;b&gt;Mitä tehdä&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>&lt;b&gt;Why this group:&lt;/b&gt; {rule}</source>
      <translation>&lt;b&gt;Miksi tässä ryhmässä:&lt;/b&gt; {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Click to rename this persona</source>
      <translation>Napsauta nimetäksesi henkilön uudelleen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>Your notes about these customers…</source>
      <translation>Omat muistiinpanosi näistä asiakkaista…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · 1 customer ({share})</source>
      <translation>{segment} · 1 asiakas ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>{segment} · {n} customers ({share})</source>
      <translation>{segment} · {n} asiakasta ({share})</translation>
    </message>
  </context>
  <context>
    <name>PersonaCardsView</name>
    <message>
      <location filename="../../desktopseg/gui/personas_view.py" />
      <source>No persona cards for this grouping.</source>
      <translation>Tälle ryhmittelylle ei ole henkilökortteja.</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Change how customers are grouped; the groups are worked out again at once</source>
      <translation>Muuta asiakkaiden ryhmittelyä; ryhmät lasketaan heti uudelleen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Charts</source>
      <translation>Kaaviot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Forecast</source>
      <translation>Ennuste</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Group customers by:</source>
      <translation>Ryhmittele asiakkaat:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Groups</source>
      <translation>Ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Not available for this file: </source>
      <translation>Ei käytettävissä tälle tiedostolle: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Persona cards</source>
      <translation>Henkilökortit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Settings…</source>
      <translation>Asetukset…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>Sorry, charts could not be shown. The details are in {path}</source>
      <translation>Valitettavasti kaavioita ei voitu näyttää. Lisätiedot ovat tiedostossa {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} customers</source>
      <translation>{n} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{n} sales lines</source>
      <translation>{n} myyntiriviä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme} (not available)</source>
      <translation>{scheme} (ei käytettävissä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{scheme}: {reason}</source>
      <translation>{scheme}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/results.py" />
      <source>{start} to {end}</source>
      <translation>{start}–{end}</translation>
    </message>
  </context>
  <context>
    <name>RulesEditor</name>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Add group</source>
      <translation>&amp;Lisää ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&amp;Remove</source>
      <translation>&amp;Poista</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>&lt;b&gt;Customers are grouped by the column '{column}' now&lt;/b&gt; (chosen when the file was read). OK puts your own groups in its place.</source>
      <translation>&lt;b&gt;Asiakkaat on nyt ryhmitelty sarakkeen '{column}' mukaan&lt;/b&gt; (valittu tiedostoa luettaessa). OK vaihtaa tilalle omat ryhmäsi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Columns (double-click to add):</source>
      <translation>Sarakkeet (lisää kaksoisnapsauttamalla):</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>Jokainen ryhmä tarvitsee oman nimen; kahdesti käytetty: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Everyone else:</source>
      <translation>Kaikki muut:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Group {i}</source>
      <translation>Ryhmä {i}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;down</source>
      <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Move &amp;up</source>
      <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name of this grouping:</source>
      <translation>Ryhmittelyn nimi:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Name your groups and say who belongs in each, using the columns of your file. A customer goes into the first group whose condition fits. Examples: &lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;.</source>
      <translation>Nimeä ryhmäsi ja kerro tiedostosi sarakkeiden avulla, ketkä kuhunkin kuuluvat. Asiakas menee ensimmäiseen ryhmään, jonka ehto täyttyy. Esimerkkejä: &lt;i&gt;Kidhome + Teenhome &amp;gt; 0&lt;/i&gt; · &lt;i&gt;Marital_Status in ('Married', 'Together')&lt;/i&gt; · &lt;i&gt;Income between 30000 and 60000&lt;/i&gt; · &lt;i&gt;Education contains 'PhD'&lt;/i&gt; · &lt;i&gt;Income is empty&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Who is in it</source>
      <translation>Ketkä siihen kuuluvat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your Own Groups</source>
      <translation>Omat ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups</source>
      <translation>Omat ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>Your own groups from an earlier file with the same columns are used again (View &gt; Your Own Groups… to change them).</source>
      <translation>Omat ryhmäsi aiemmasta tiedostosta, jossa on samat sarakkeet, otetaan taas käyttöön (muuta niitä: Näytä &gt; Omat ryhmät…).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>can't read</source>
      <translation>ei voi lukea</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers</source>
      <translation>{n} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/rules_editor.py" />
      <source>{n} customers in all; each is counted in one group only.</source>
      <translation>Yhteensä {n} asiakasta; kukin lasketaan vain yhteen ryhmään.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPanel</name>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source> days</source>
      <translation> päivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>A change here works the groups out again at once.</source>
      <translation>Muutos tässä laskee ryhmät heti uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>All groupings</source>
      <translation>Kaikki ryhmittelyt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Automatic groups</source>
      <translation>Automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Buying behaviour</source>
      <translation>Ostokäyttäytyminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Changing the levels or a cut point (then Enter) works the groups out again.</source>
      <translation>Kun muutat tasoja tai rajaa (ja painat Enter), ryhmät lasketaan uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Chosen from the data</source>
      <translation>Valittu tietojen perusteella</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company revenue</source>
      <translation>Yrityksen liikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Company type (pick one or two)</source>
      <translation>Yritystyyppi (valitse yksi tai kaksi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Count days up to:</source>
      <translation>Laske päivät päivään:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Currency:</source>
      <translation>Valuutta:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Days since last purchase:</source>
      <translation>Päiviä viimeisestä ostosta:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Deal size</source>
      <translation>Kaupan koko</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Fold groups smaller than:</source>
      <translation>Yhdistä ryhmät, jotka ovat pienempiä kuin:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast the next:</source>
      <translation>Ennusta seuraavat:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Forecast who buys again in this many days after the last date, tested on your own history. Turn it off to analyse large files faster.</source>
      <translation>Ennusta, kuka ostaa uudelleen näin monen päivän kuluessa viimeisestä päivämäärästä, omalla historiallasi testattuna. Kytke ennuste pois, niin suuret tiedostot analysoidaan nopeammin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Gender</source>
      <translation>Sukupuoli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How many score levels for recency, frequency and money (5 is usual; fewer for small files)</source>
      <translation>Montako pistetasoa viimeisimmälle ostolle, tiheydelle ja rahalle (yleensä 5; pienille tiedostoille vähemmän)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How well the groups separate (higher is better): {scores}. {rule}</source>
      <translation>Kuinka hyvin ryhmät erottuvat toisistaan (suurempi on parempi): {scores}. {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Income</source>
      <translation>Tulot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Industry sector</source>
      <translation>Toimiala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Life stage (age and children at home)</source>
      <translation>Elämänvaihe (ikä ja kotona asuvat lapset)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Location</source>
      <translation>Sijainti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>Many customers share the same value there, so the levels that would have split them were merged. Every cut point used is shown.</source>
      <translation>Monella asiakkaalla on siinä sama arvo, joten tasot, jotka olisivat jakaneet heidät, yhdistettiin. Kaikki käytetyt rajat näytetään.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Margin when costs are unknown:</source>
      <translation>Kate, kun kuluja ei tiedetä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Marital status</source>
      <translation>Siviilisääty</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of employees</source>
      <translation>Henkilöstömäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of groups:</source>
      <translation>Ryhmien määrä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Number of orders:</source>
      <translation>Tilausten määrä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Numbers separated by ';', e.g. 30; 90; 180</source>
      <translation>Luvut puolipisteillä eroteltuina, esim. 30; 90; 180</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Refunds and returns</source>
      <translation>Hyvitykset ja palautukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Score levels:</source>
      <translation>Pistetasot:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Service effort counts</source>
      <translation>Palvelun työmäärä huomioidaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Set the cut points myself</source>
      <translation>Aseta rajat itse</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Spend:</source>
      <translation>Ostot yhteensä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>The values where one score ends and the next begins, separated by ';'. Shown: the cuts the last analysis used.</source>
      <translation>Arvot, joissa pistetaso vaihtuu seuraavaan, puolipisteillä eroteltuina. Näkyvissä: viimeisimmän analyysin rajat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>This file has no purchase dates, so it can't be analysed as of a date.</source>
      <translation>Tiedostossa ei ole ostopäiviä, joten sitä ei voi analysoida tietyn päivän tilanteena.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Use:</source>
      <translation>Käytä:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>When your file has no cost column, margin is estimated as this share of sales.</source>
      <translation>Kun tiedostossa ei ole kulusaraketta, kate arvioidaan tänä osuutena myynnistä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Where they live</source>
      <translation>Asuinpaikka</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Who they are (pick one or two)</source>
      <translation>Keitä he ovat (valitse yksi tai kaksi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Your file has costs, so margins are exact.</source>
      <translation>Tiedostossasi on kulut, joten katteet ovat tarkkoja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>days since last purchase</source>
      <translation>päiviä viime ostosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>not set</source>
      <translation>ei asetettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>number of orders</source>
      <translation>tilausten määrä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>off</source>
      <translation>pois</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>spend</source>
      <translation>ostot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>the last sale</source>
      <translation>viimeinen myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>to</source>
      <translation>–</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: the cut point {value} appears twice, because so many customers have that value that they fill two levels; they are split between them by their place in the file.</source>
      <translation>{measure}: raja {value} näkyy kahdesti, koska niin monella asiakkaalla on tämä arvo, että he täyttävät kaksi tasoa; heidät jaetaan tasojen kesken sen mukaan, missä kohtaa tiedostoa he ovat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/cut_points_note.py" />
      <source>{measure}: {n} levels, not {k}.</source>
      <translation>{measure}: {n} tasoa, ei {k}.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A European shop (CSV)</source>
      <translation>Eurooppalainen kauppa (CSV)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A bookkeeper's QuickBooks report</source>
      <translation>Kirjanpitäjän QuickBooks-raportti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A florist (Square export)</source>
      <translation>Kukkakauppa (Square-vienti)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>A hardware store</source>
      <translation>Rautakauppa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>An office-supply wholesaler (two sheets)</source>
      <translation>Toimistotarvikkeiden tukkukauppa (kaksi taulukkoa)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>DesktopSeg reads the sales or customer export from your till, web shop or accounting program and sorts your customers into groups you can act on. Your file stays on this computer and is never changed.</source>
      <translation>DesktopSeg lukee kassan, verkkokaupan tai kirjanpito-ohjelman myynti- tai asiakasviennin ja jakaa asiakkaasi ryhmiin, joiden mukaan voit toimia. Tiedostosi pysyy tällä tietokoneella eikä sitä koskaan muuteta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Double-click a sample or a recent file to open it.</source>
      <translation>Avaa esimerkki tai viimeisin tiedosto kaksoisnapsauttamalla sitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Drop a spreadsheet or a DesktopSeg project here</source>
      <translation>Pudota tähän taulukko tai DesktopSeg-projekti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Excel (.xlsx, .xls), OpenDocument (.ods), CSV or text exports</source>
      <translation>Excel- (.xlsx, .xls), OpenDocument- (.ods), CSV- tai tekstiviennit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Files you open will be listed here.</source>
      <translation>Avaamasi tiedostot näkyvät tässä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>No sample workbooks were found.</source>
      <translation>Esimerkkityökirjoja ei löytynyt.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Open a file…</source>
      <translation>Avaa tiedosto…</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Recent files and projects</source>
      <translation>Viimeisimmät tiedostot ja projektit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Try a sample</source>
      <translation>Kokeile esimerkkiä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>Who are your customers?</source>
      <translation>Keitä asiakkaasi ovat?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/welcome.py" />
      <source>“{name}” is selected: double-click it or press Enter to open it.</source>
      <translation>”{name}” on valittuna: avaa se kaksoisnapsauttamalla tai painamalla Enter.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source> and </source>
      <translation> ja </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'in' needs a list in brackets, for example in ('a', 'b').</source>
      <translation>'in' tarvitsee sulkeissa olevan listan, esimerkiksi in ('a', 'b').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{ch}' can't be used in a condition.</source>
      <translation>Merkkiä '{ch}' ei voi käyttää ehdossa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>'{col}' counts the days since each customer's last purchase; last-purchase dates are counted back from {day}, the latest date in the list.</source>
      <translation>'{col}' kertoo päivät kunkin asiakkaan viimeisestä ostosta; viimeisimmät ostopäivät lasketaan taaksepäin päivästä {day}, joka on listan viimeisin päivämäärä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>'{col}' is in hours; it was turned into minutes.</source>
      <translation>'{col}' on tunteina; se muutettiin minuuteiksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' is not an order number (its values repeat across customers and dates), so each customer's purchases are counted by date.</source>
      <translation>'{col}' ei ole tilausnumero (sen arvot toistuvat eri asiakkailla ja päivinä), joten kunkin asiakkaan ostot lasketaan päivämäärän mukaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>'{col}' was taken as the order number because of what it holds.</source>
      <translation>'{col}' valittiin tilausnumeroksi sisältönsä perusteella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{name}' is not a column of this file, and names of the program's insides can't be used.</source>
      <translation>'{name}' ei ole tämän tiedoston sarake, eikä ohjelman sisäisiä nimiä voi käyttää.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>'{segment}' was not written: none of its {n} customers has an e-mail address.</source>
      <translation>Ryhmää '{segment}' ei kirjoitettu: kenelläkään sen {n} asiakkaasta ei ole sähköpostiosoitetta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>'{word}' can't stand here; a column name, number or text is needed.</source>
      <translation>'{word}' ei voi olla tässä; tarvitaan sarakkeen nimi, luku tai teksti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>(all customers: {v})</source>
      <translation>(kaikki asiakkaat: {v})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>(your rating)</source>
      <translation>(oma arviosi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>, or under twice the typical {gap} days between one customer's visits</source>
      <translation>, tai alle kaksi kertaa asiakkaan tavallinen {gap} päivän käyntiväli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>, {k:.0f} children at home</source>
      <translation>, {k:.0f} lasta kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>1 customer</source>
      <translation>1 asiakas</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 asiakas nousi ryhmästä {a} ryhmään {b}; hän oli käyttänyt {money} päivään {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 asiakas putosi ryhmästä {a} ryhmään {b}; hän oli käyttänyt {money} päivään {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 customer went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>1 asiakas siirtyi ryhmästä {a} ryhmään {b}; hän oli käyttänyt {money} päivään {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>1 new customer came after {day}.</source>
      <translation>1 uusi asiakas tuli päivän {day} jälkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>1 order</source>
      <translation>1 tilaus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>2 groups: their score ({two:.2f}) beats the best of 3 to 8 groups ({k} groups, {s:.2f}) by {m:.2f} or more.</source>
      <translation>2 ryhmää: niiden pistemäärä ({two:.2f}) on vähintään {m:.2f} parempi kuin paras 3–8 ryhmän vaihtoehto ({k} ryhmää, {s:.2f}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54</source>
      <translation>35–54-vuotiaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54 with children at home</source>
      <translation>35–54-vuotiaat, lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>35 to 54, no children at home</source>
      <translation>35–54-vuotiaat, ei lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over</source>
      <translation>55-vuotiaat ja vanhemmat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over with children still at home</source>
      <translation>Vähintään 55-vuotiaat, lapsia yhä kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>55 or over, no children at home</source>
      <translation>Vähintään 55-vuotiaat, ei lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; after the cost of serving them {v}</source>
      <translation>; palvelukulujen jälkeen {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; effort {e:.1f}/10: {q}</source>
      <translation>; työmäärä {e:.1f}/10: {q}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>; estimated lifetime value {v}</source>
      <translation>; arvioitu elinkaariarvo {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A column name, number or text is needed here.</source>
      <translation>Tähän tarvitaan sarakkeen nimi, luku tai teksti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A condition can't be used as a number or text here.</source>
      <translation>Ehtoa ei voi käyttää tässä lukuna tai tekstinä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A family loyalty card so every visit adds up.</source>
      <translation>Perheen kanta-asiakaskortti, jotta jokainen käynti kerryttää etuja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>A group of your customers</source>
      <translation>Ryhmä asiakkaitasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A handwritten card or early access to something new. No discounts: they come anyway.</source>
      <translation>Käsin kirjoitettu kortti tai etuoikeus uutuuksiin. Ei alennuksia: he tulevat joka tapauksessa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A list after 'in' holds numbers and texts in quotes only.</source>
      <translation>'in'-sanan jälkeisessä listassa voi olla vain lukuja ja lainausmerkeissä olevia tekstejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A mix of buyers: {kinds}.</source>
      <translation>Ostajien sekoitus: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A number can't run into letters here.</source>
      <translation>Luvun perässä ei voi tässä olla suoraan kirjaimia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>A personal thank-you for staying with you.</source>
      <translation>Henkilökohtainen kiitos uskollisuudesta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>A regular: buys in most months.</source>
      <translation>Vakioasiakas: ostaa useimpina kuukausina.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>A rules file needs a list of groups under "segments".</source>
      <translation>Sääntötiedostossa on oltava ryhmien lista kohdassa "segments".</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A second purchase soon after the first is what turns a newcomer into a regular.</source>
      <translation>Toinen osto pian ensimmäisen jälkeen tekee uudesta asiakkaasta vakioasiakkaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>A small share of customers brings most of the money.</source>
      <translation>Pieni osa asiakkaista tuo suurimman osan rahasta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>About to Sleep</source>
      <translation>Hiipumassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>About {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>Noin {k} kymmenestä odotetaan ostavan uudelleen seuraavien {d} päivän aikana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Accommodation and Food Services</source>
      <translation>Majoitus- ja ravitsemistoiminta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Add a column with service minutes, support tickets or an effort score (1-10) per customer or per sale, and this chart will show which segments take more time than they bring.</source>
      <translation>Lisää sarake, jossa on palveluminuutit, tukipyynnöt tai työmääräpisteet (1-10) asiakasta tai myyntiä kohden, niin tämä kaavio näyttää, mitkä ryhmät vievät enemmän aikaa kuin tuovat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Add a newer export (File &gt; Add a Newer Export).</source>
      <translation>Lisää uudempi vienti (Tiedosto &gt; Lisää uudempi vienti).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Administrative and Support and Waste Management</source>
      <translation>Hallinto- ja tukipalvelut sekä jätehuolto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After repricing: {action}</source>
      <translation>Hinnoittelun jälkeen: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>After the cost of serving them, {good} and {bad}.</source>
      <translation>Palvelukustannusten jälkeen {good} ja {bad}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Age</source>
      <translation>Ikä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Age unknown</source>
      <translation>Ikä tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Agriculture, Forestry and Fishing</source>
      <translation>Maa-, metsä- ja kalatalous</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Agriculture, Forestry, Fishing and Hunting</source>
      <translation>Maa-, metsä- ja kalatalous sekä metsästys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>All clients</source>
      <translation>Kaikki asiakasyritykset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>All customers look the same in the data, so there are no groups to find.</source>
      <translation>Kaikki asiakkaat näyttävät tiedoissa samanlaisilta, joten ryhmiä ei löydy.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>All {n} customers fall into one group: the data can't support two or more segments for this analysis.</source>
      <translation>Kaikki {n} asiakasta kuuluvat yhteen ryhmään: tiedot eivät riitä kahteen tai useampaan ryhmään tässä analyysissä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Amounts are quantity x unit price ('{q}' x '{p}').</source>
      <translation>Summat ovat määrä × yksikköhinta ('{q}' × '{p}').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Analysing</source>
      <translation>Analysoidaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the earlier date</source>
      <translation>Analysoidaan aiempaa päivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Analysing the later date</source>
      <translation>Analysoidaan myöhempää päivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Analysing {day}</source>
      <translation>Analysoidaan päivää {day}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Annual revenue</source>
      <translation>Vuosiliikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Answer your campaigns</source>
      <translation>Vastaavat kampanjoihisi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Arts, Entertainment, and Recreation</source>
      <translation>Taiteet, viihde ja virkistys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask for a birthday at the till or in the next mailing.</source>
      <translation>Kysy syntymäpäivää kassalla tai seuraavassa postituksessa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Ask for a second purchase: a reminder with something that goes with their first buy.</source>
      <translation>Pyydä toista ostoa: muistutus jostakin, joka sopii ensimmäisen ostoksen kanssa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Ask occasional customers for a second purchase</source>
      <translation>Houkuttele satunnaiset asiakkaat toiseen ostoon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Ask them what they want next; they reply.</source>
      <translation>Kysy heiltä, mitä he haluavat seuraavaksi; he vastaavat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>At Risk</source>
      <translation>Vaarassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups</source>
      <translation>Automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Automatic groups are made afresh at every run, so they can't be compared.</source>
      <translation>Automaattiset ryhmät muodostetaan joka kerta alusta, joten niitä ei voi verrata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups need numbers that differ between customers (spend, orders, dates), and this data has none.</source>
      <translation>Automaattiset ryhmät tarvitsevat lukuja, jotka vaihtelevat asiakkaiden välillä (ostot, tilaukset, päivämäärät), eikä näissä tiedoissa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Average customers who have not bought for a while.</source>
      <translation>Keskivertoasiakkaat, jotka eivät ole ostaneet vähään aikaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average margin per customer</source>
      <translation>Keskimääräinen kate asiakasta kohden</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average order</source>
      <translation>Keskiostos</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Average orders per year</source>
      <translation>Tilauksia vuodessa keskimäärin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average revenue per customer (no cost in the data)</source>
      <translation>Keskimääräinen myynti asiakasta kohden (ei kuluja tiedoissa)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Average service effort (1 = little, 10 = a lot)</source>
      <translation>Keskimääräinen palvelun työmäärä (1 = vähän, 10 = paljon)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>BG/NBD purchase model</source>
      <translation>BG/NBD-ostomalli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Below average, and their visits are fading.</source>
      <translation>Keskitason alapuolella, ja käynnit harvenevat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Big regular spenders who come less often lately</source>
      <translation>Suuret vakio-ostajat, jotka käyvät viime aikoina harvemmin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big spenders</source>
      <translation>Suurostajat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Big-basket buyers</source>
      <translation>Isojen ostoskorien ostajat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought for the first time very recently.</source>
      <translation>Ostivat ensimmäisen kerran aivan äskettäin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bought little, long ago</source>
      <translation>Ostivat vähän, kauan sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought little, long ago.</source>
      <translation>Ostivat vähän, kauan sitten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, 1 day ago, spent {spent}; </source>
      <translation>Ostanut kerran, 1 päivä sitten, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Bought once, not back yet</source>
      <translation>Ostanut kerran, ei vielä palannut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, on the last day of the data, spent {spent}; </source>
      <translation>Ostanut kerran, tietojen viimeisenä päivänä, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, {days} days ago, spent {spent}; </source>
      <translation>Ostanut kerran, {days} päivää sitten, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought recently, buy often and spend the most.</source>
      <translation>Ostivat äskettäin, ostavat usein ja käyttävät eniten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last 1 day ago, spent {spent}; </source>
      <translation>Ostanut {orders} kertaa, viimeksi 1 päivä sitten, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last {days} days ago, spent {spent}; </source>
      <translation>Ostanut {orders} kertaa, viimeksi {days} päivää sitten, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, the last on the last day of the data, spent {spent}; </source>
      <translation>Ostanut {orders} kertaa, viimeksi tietojen viimeisenä päivänä, käyttänyt {spent}; </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Bring most of your money</source>
      <translation>Tuovat suurimman osan rahoistasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Bring new customers back for a second visit</source>
      <translation>Tuo uudet asiakkaat takaisin toiselle käynnille</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Browse a lot</source>
      <translation>Selailevat paljon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Bundles rather than discounts protect the margin.</source>
      <translation>Paketit alennusten sijaan suojaavat katetta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Busy young parents</source>
      <translation>Kiireiset nuoret vanhemmat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Buy often, recently and well</source>
      <translation>Ostavat usein, äskettäin ja reilusti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Buy regularly and spend well.</source>
      <translation>Ostavat säännöllisesti ja käyttävät reilusti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Buyer type</source>
      <translation>Ostajatyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying behaviour (RFM)</source>
      <translation>Ostokäyttäytyminen (RFM)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need purchase dates, and this data has none.</source>
      <translation>Ostokäyttäytymisen ryhmät tarvitsevat ostopäivät, eikä näissä tiedoissa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Buying-behaviour segments need the number of orders per customer, and this data has none.</source>
      <translation>Ostokäyttäytymisen ryhmät tarvitsevat tilausten määrän asiakasta kohden, eikä näissä tiedoissa ole sitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys now and then.</source>
      <translation>Ostaa silloin tällöin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Buys through several channels.</source>
      <translation>Ostaa useamman kanavan kautta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Call or write to each of them yourself, with a good reason to come back.</source>
      <translation>Soita tai kirjoita jokaiselle itse, ja anna hyvä syy palata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed ('{name}(…)'); only column names, numbers and texts.</source>
      <translation>Funktioiden kutsuminen ei ole sallittua ('{name}(…)'); vain sarakkeiden nimet, luvut ja tekstit.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Calling functions is not allowed; only column names, numbers, texts and the words and/or/not/in/between/contains/is empty.</source>
      <translation>Funktioiden kutsuminen ei ole sallittua; vain sarakkeiden nimet, luvut, tekstit ja sanat and/or/not/in/between/contains/is empty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Campaign responders</source>
      <translation>Kampanjoihin vastaajat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Can't Lose Them</source>
      <translation>Ei saa menettää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Catalogue buyers</source>
      <translation>Kuvastosta tilaavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <location filename="../../desktopseg/core/saved_results.py" />
      <source>Champions</source>
      <translation>Mestarit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance still active</source>
      <translation>Todennäköisyys olla yhä aktiivinen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Chance to buy again (forecast)</source>
      <translation>Todennäköisyys ostaa uudelleen (ennuste)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Charge for the service: a delivery fee, a phone-order fee, and a minimum order for free delivery.</source>
      <translation>Laskuta palvelusta: toimitusmaksu, puhelintilausmaksu ja vähimmäistilaus ilmaiselle toimitukselle.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Check how the group grows or shrinks next quarter.</source>
      <translation>Seuraa, kasvaako vai pieneneekö ryhmä seuraavalla neljänneksellä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Check in 'desktopseg inspect' that the customer, date and amount columns were found.</source>
      <translation>Tarkista komennolla 'desktopseg inspect', että asiakas-, päivämäärä- ja summasarakkeet löytyivät.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Check that a column identifies the customer (an id, e-mail or name).</source>
      <translation>Tarkista, että jokin sarake yksilöi asiakkaan (tunnus, sähköposti tai nimi).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that it hasn't been moved, renamed or deleted.</source>
      <translation>Tarkista, ettei sitä ole siirretty, nimetty uudelleen tai poistettu.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>Tarkista, ettei tiedosto ole auki toisessa ohjelmassa ja että sinulla on lukuoikeus.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check that this is the date column, or save the dates in a standard form such as 2024-03-31.</source>
      <translation>Tarkista, että tämä on päivämääräsarake, tai tallenna päivämäärät vakiomuodossa, kuten 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Check that this is the right sheet, or delete the extra columns and save.</source>
      <translation>Tarkista, että tämä on oikea taulukko, tai poista ylimääräiset sarakkeet ja tallenna.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Check the column choices in the import preview.</source>
      <translation>Tarkista sarakevalinnat tuonnin esikatselussa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Check there is free space and that you may write to that folder.</source>
      <translation>Tarkista, että levytilaa on ja että sinulla on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>Choose a file with one row per customer.</source>
      <translation>Valitse tiedosto, jossa on yksi rivi asiakasta kohden.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Choose a later analysis date.</source>
      <translation>Valitse myöhäisempi analyysipäivä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose an existing folder.</source>
      <translation>Valitse olemassa oleva kansio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Choose an export made after {old}.</source>
      <translation>Valitse vienti, joka on tehty {old} jälkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose another name for the export.</source>
      <translation>Valitse viennille toinen nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Choose another name.</source>
      <translation>Valitse toinen nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Choose another name; projects end in {suffix}.</source>
      <translation>Valitse toinen nimi; projektien pääte on {suffix}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Choose one of: {names}.</source>
      <translation>Valitse jokin näistä: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the amount column in the import preview, or export the report with sales amounts.</source>
      <translation>Valitse summasarake tuonnin esikatselussa tai vie raportti myyntisummineen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Choose the behaviour scheme to see it.</source>
      <translation>Valitse ostokäyttäytymisen ryhmittely nähdäksesi sen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the column with the sale amounts in the import preview.</source>
      <translation>Valitse myyntisummien sarake tuonnin esikatselussa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the customer column in the import preview, or export the report with customer details.</source>
      <translation>Valitse asiakassarake tuonnin esikatselussa tai vie raportti asiakastietoineen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Choose the date column in the import preview, or export the report with a date column.</source>
      <translation>Valitse päivämääräsarake tuonnin esikatselussa tai vie raportti päivämääräsarakkeen kanssa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the exported spreadsheet inside it.</source>
      <translation>Valitse sen sisältä viety taulukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>Choose the folder the exports were saved in.</source>
      <translation>Valitse kansio, johon viennit on tallennettu.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Choose the sheet that holds your sales, or export again.</source>
      <translation>Valitse taulukko, jossa myyntisi ovat, tai vie tiedot uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Churn risk</source>
      <translation>Menetysriski</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential come from the forecast: in the test it picked who bought again better than the 'overdue' rule of thumb ({m:.2f} against {r:.2f}, where 0.5 is guessing and 1 is perfect).</source>
      <translation>Menetysriski ja lisämyynnin mahdollisuus perustuvat ennusteeseen: testissä se tunnisti uudelleen ostaneet paremmin kuin "myöhässä"-nyrkkisääntö ({m:.2f} vs. {r:.2f}, kun 0,5 on arvaus ja 1 täydellinen).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb, because the forecast could not be tested on this history.</source>
      <translation>Menetysriski ja lisämyynnin mahdollisuus perustuvat "myöhässä"-nyrkkisääntöön, koska ennustetta ei voitu testata tällä historialla.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Churn risk and upsell potential use the 'overdue' rule of thumb: in the test it picked who bought again at least as well as the forecast.</source>
      <translation>Menetysriski ja lisämyynnin mahdollisuus perustuvat "myöhässä"-nyrkkisääntöön: testissä se tunnisti uudelleen ostaneet vähintään yhtä hyvin kuin ennuste.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>City</source>
      <translation>Kaupunki</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Cleaning rows</source>
      <translation>Siivotaan rivejä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Client</source>
      <translation>Asiakasyritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/clients.py" />
      <source>Client {i} of {n}: {name}</source>
      <translation>Asiakasyritys {i}/{n}: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Clients</source>
      <translation>Asiakasyritykset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Close it (for example in Excel) and export again, or choose another name.</source>
      <translation>Sulje se (esimerkiksi Excelissä) ja vie uudelleen, tai valitse toinen nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Close it in other programs, or copy it somewhere you can read it, and try again.</source>
      <translation>Sulje se muista ohjelmista tai kopioi se paikkaan, jossa voit lukea sitä, ja yritä uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Column choices {src}.</source>
      <translation>Sarakevalinnat {src}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Columns A to {last} printed; all {n} are in the file</source>
      <translation>Sarakkeet A–{last} tulostettu; kaikki {n} ovat tiedostossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Columns that can group customers: {columns}.</source>
      <translation>Sarakkeet, joiden mukaan asiakkaat voi ryhmitellä: {columns}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass --mapping.</source>
      <translation>Sarakkeet, joissa se voisi olla: {cols}. Valitse yksi tuonnin esikatselussa tai anna --mapping.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>Columns that could hold it: {cols}. Choose one in the import preview, or pass a mapping (--mapping).</source>
      <translation>Sarakkeet, joissa se voisi olla: {cols}. Valitse yksi tuonnin esikatselussa tai anna sarakevalinnat (--mapping).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Come into the shop</source>
      <translation>Käyvät myymälässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes back again and again</source>
      <translation>Palaa yhä uudelleen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Comes for special occasions, year after year.</source>
      <translation>Tulee erityistilaisuuksiin vuodesta toiseen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Coming less often than before</source>
      <translation>Käy harvemmin kuin ennen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company</source>
      <translation>Yritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company profile</source>
      <translation>Yritysprofiili</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Company revenue</source>
      <translation>Yrityksen liikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue under {hi}</source>
      <translation>Yrityksen liikevaihto alle {hi}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue unknown</source>
      <translation>Yrityksen liikevaihto tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}+</source>
      <translation>Yrityksen liikevaihto {lo}+</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Company revenue {lo}-{hi}</source>
      <translation>Yrityksen liikevaihto {lo}-{hi}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Company segments need industry codes (SIC or NAICS), employee counts or company revenue, and this data has none.</source>
      <translation>Yritysryhmät tarvitsevat toimialakoodit (SIC tai NAICS), henkilöstömäärät tai liikevaihdon, eikä näissä tiedoissa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Compare buying behaviour, customer value or company type instead.</source>
      <translation>Vertaa sen sijaan ostokäyttäytymistä, asiakasarvoa tai yritystyyppiä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Compared with all customers: {bits}.</source>
      <translation>Kaikkiin asiakkaisiin verrattuna: {bits}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Compared with the typical customer: {bits}.</source>
      <translation>Tyypilliseen asiakkaaseen verrattuna: {bits}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>Compared with your typical customer: {facts}</source>
      <translation>Verrattuna tyypilliseen asiakkaaseesi: {facts}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Comparing</source>
      <translation>Verrataan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Construction</source>
      <translation>Rakentaminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Copy it to your computer and try again.</source>
      <translation>Kopioi se tietokoneellesi ja yritä uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Core</source>
      <translation>Ydin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost more than they bring</source>
      <translation>Maksavat enemmän kuin tuovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Cost to serve</source>
      <translation>Palvelukulut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Costs more than they bring</source>
      <translation>Maksaa enemmän kuin tuo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Country</source>
      <translation>Maa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Couples</source>
      <translation>Pariskunnat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of margin</source>
      <translation>Katteen kertymä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Cumulative share of revenue (no cost in the data)</source>
      <translation>Myynnin kertymä (ei kuluja tiedoissa)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer ID</source>
      <translation>Asiakasnumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer name</source>
      <translation>Asiakkaan nimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer number in the file</source>
      <translation>Asiakasnumero tiedostossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer segments</source>
      <translation>Asiakasryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Customer type</source>
      <translation>Asiakastyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/names.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customer value</source>
      <translation>Asiakasarvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/compare_charts.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/saved_results.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Customers grouped by {dims}.</source>
      <translation>Asiakkaat ryhmitelty: {dims}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Customers moving between segments</source>
      <translation>Asiakkaiden siirtymät ryhmien välillä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customers who cost more than they bring (negative {basis}).</source>
      <translation>Asiakkaat, jotka maksavat enemmän kuin tuovat (negatiivinen {basis}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Customers who meet none of the conditions.</source>
      <translation>Asiakkaat, joihin mikään ehto ei sovi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date (equal-sized groups); the same segment grid.</source>
      <translation>Rajat valittu erikseen kullekin päivälle (yhtä suuret ryhmät); sama ryhmäruudukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points chosen afresh at each date: the earlier data was too small to fix them.</source>
      <translation>Rajat valittu erikseen kullekin päivälle: aiemmat tiedot olivat liian suppeat niiden kiinnittämiseen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Cut points of {day} used at both dates: {cuts}; the same segment grid.</source>
      <translation>Päivän {day} rajoja käytetty molempina päivinä: {cuts}; sama ryhmäruudukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Data from {name}</source>
      <translation>Tiedot: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Dates like 03/04 could be day-first or month-first; read as {order}. Change it in the preview if that is wrong.</source>
      <translation>Päivämäärät kuten 03/04 voivat olla päivä tai kuukausi edellä; luettiin muodossa {order}. Muuta se esikatselussa, jos se on väärin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days as a customer</source>
      <translation>Päiviä asiakkaana</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Days between purchases are estimated as (last - first purchase) / (orders - 1): the customer list has no individual sales.</source>
      <translation>Ostojen väli arvioidaan kaavalla (viimeinen - ensimmäinen osto) / (tilaukset - 1): asiakaslistassa ei ole yksittäisiä myyntejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Days since last purchase</source>
      <translation>Päiviä viimeisestä ostosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Days since the last purchase come from the column '{col}'; the list is read as of {day}.</source>
      <translation>Päivät viimeisestä ostosta saadaan sarakkeesta '{col}'; lista luetaan päivän {day} tilanteena.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Deal seekers</source>
      <translation>Tarjousten metsästäjät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Deal size unknown</source>
      <translation>Kaupan koko tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Delete the stray cells far below or to the right of your data (Ctrl+End in Excel shows the last cell), save, and open it again.</source>
      <translation>Poista irralliset solut kaukana tietojesi alapuolella tai oikealla (Ctrl+End näyttää Excelissä viimeisen solun), tallenna ja avaa uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>DesktopSeg never writes over your original file.</source>
      <translation>DesktopSeg ei koskaan kirjoita alkuperäisen tiedostosi päälle.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Did you mean {names}?</source>
      <translation>Tarkoititko {names}?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Discounts and refunds written once per order ({cols}) are taken off that order.</source>
      <translation>Kerran tilausta kohden kirjatut alennukset ja hyvitykset ({cols}) vähennetään kyseisestä tilauksesta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Download or export it again, then open the new copy.</source>
      <translation>Lataa tai vie se uudelleen ja avaa uusi kopio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Each group needs its own name; used twice: {names}.</source>
      <translation>Jokainen ryhmä tarvitsee oman nimen; kahdesti käytetty: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Each of the 25 cells needs one of: {names}.</source>
      <translation>Jokaiseen 25 soluun tarvitaan jokin näistä: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Educational Services</source>
      <translation>Koulutus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort from</source>
      <translation>Työmäärän lähde</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort quadrant</source>
      <translation>Työmääränelikenttä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Effort score (given)</source>
      <translation>Työmääräpisteet (annettu)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Effort: {source}</source>
      <translation>Työmäärä: {source}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Employees</source>
      <translation>Henkilöstö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Empty nesters</source>
      <translation>Lapset lentäneet pesästä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Established families</source>
      <translation>Vakiintuneet perheet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Established households</source>
      <translation>Vakiintuneet kotitaloudet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Even so, judged by each customer's own buying rhythm, about {k} in 10 are expected to buy again in the next {d} days.</source>
      <translation>Silti kunkin asiakkaan oman ostorytmin perusteella noin {k} kymmenestä odotetaan ostavan uudelleen seuraavien {d} päivän aikana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Every customer has the same {dim} value, so all get the middle score.</source>
      <translation>Kaikilla asiakkailla on sama {dim}-arvo, joten kaikki saavat keskimmäisen pisteen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Everyone else</source>
      <translation>Kaikki muut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ')' to close the bracket opened here.</source>
      <translation>Tässä avattu sulku pitää sulkea merkillä ')'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected ',' or ')' to go on with the list.</source>
      <translation>Listassa odotettiin tähän merkkiä ',' tai ')'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Expected '{word}' here.</source>
      <translation>Tähän odotettiin '{word}'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected orders (forecast)</source>
      <translation>Odotetut tilaukset (ennuste)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Expected revenue (forecast)</source>
      <translation>Odotettu myynti (ennuste)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export a period that has sales in it.</source>
      <translation>Vie ajanjakso, jolla on myyntiä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period (for example one year at a time) or close other programs and try again.</source>
      <translation>Vie lyhyempi ajanjakso (esimerkiksi vuosi kerrallaan) tai sulje muita ohjelmia ja yritä uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export a shorter period from your sales program.</source>
      <translation>Vie lyhyempi ajanjakso myyntiohjelmastasi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Export a shorter period, or close other programs.</source>
      <translation>Vie lyhyempi ajanjakso tai sulje muita ohjelmia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export it again as CSV, or open it in a spreadsheet program and save it as .xlsx.</source>
      <translation>Vie se uudelleen CSV-muodossa tai avaa se taulukko-ohjelmassa ja tallenna .xlsx-muodossa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export the data again from your sales program.</source>
      <translation>Vie tiedot uudelleen myyntiohjelmastasi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Export the report with a customer column (ID, name or e-mail), or choose it in the import preview.</source>
      <translation>Vie raportti asiakassarakkeen kanssa (tunnus, nimi tai sähköposti) tai valitse se tuonnin esikatselussa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV and open that file.</source>
      <translation>Vie myyntisi Excel- (.xlsx) tai CSV-muodossa ja avaa se tiedosto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Export your sales as Excel (.xlsx) or CSV from your sales program and open that file.</source>
      <translation>Vie myyntisi myyntiohjelmastasi Excel- (.xlsx) tai CSV-muodossa ja avaa se tiedosto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>FM = (F + M) / 2, rounded half up</source>
      <translation>FM = (F + M) / 2, pyöristettynä puolikkaat ylöspäin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Family-size offers still fit them.</source>
      <translation>Perhekokoiset tarjoukset sopivat heille yhä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite category</source>
      <translation>Suosikkiluokka</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Favourite product</source>
      <translation>Suosikkituote</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Favourite: {category}.</source>
      <translation>Suosikki: {category}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Female</source>
      <translation>Nainen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Fewer than 1 in 10 are expected to buy again in the next {d} days.</source>
      <translation>Alle yhden kymmenestä odotetaan ostavan uudelleen seuraavien {d} päivän aikana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>File</source>
      <translation>Tiedosto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Finance and Insurance</source>
      <translation>Rahoitus ja vakuutus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Finance, Insurance and Real Estate</source>
      <translation>Rahoitus, vakuutus ja kiinteistöt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Find out why they send things back: check descriptions, sizes and quality.</source>
      <translation>Selvitä, miksi he palauttavat tavaroita: tarkista kuvaukset, koot ja laatu.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First name</source>
      <translation>Etunimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>First purchase</source>
      <translation>Ensimmäinen osto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Follow up a visit with a reminder of what they looked at.</source>
      <translation>Muistuta käynnin jälkeen tuotteista, joita he katsoivat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>For example: {example}</source>
      <translation>Esimerkiksi: {example}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast</source>
      <translation>Ennuste</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Forecast for the next {n} days</source>
      <translation>Ennuste seuraaville {n} päivälle</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Forecasting the next {n} days</source>
      <translation>Ennustetaan seuraavia {n} päivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Found you through</source>
      <translation>Löysi sinut kautta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Founded</source>
      <translation>Perustettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Free delivery above a basket size to grow their orders.</source>
      <translation>Ilmainen toimitus tietyn ostoskorin koon ylittyessä kasvattaa tilauksia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Frequency &amp; spend score (higher = more)</source>
      <translation>Tiheys- ja rahapisteet (suurempi = enemmän)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Frequent buyers</source>
      <translation>Usein ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Frequent site visitors</source>
      <translation>Usein sivustolla kävijät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>From (on {day})</source>
      <translation>Mistä (päivänä {day})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Gender</source>
      <translation>Sukupuoli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Gender unknown</source>
      <translation>Sukupuoli tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Gift ideas for children and grandchildren before holidays.</source>
      <translation>Lahjaideoita lapsille ja lapsenlapsille ennen juhlapyhiä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Give the client a name.</source>
      <translation>Anna asiakasyritykselle nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Greet them by name; in-store events and samples.</source>
      <translation>Tervehdi nimeltä; myymälätapahtumia ja tuotenäytteitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group '{group}': {message}</source>
      <translation>Ryhmä '{group}': {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Group {i} in the rules needs a "name" and a "when" condition.</source>
      <translation>Sääntöjen ryhmä {i} tarvitsee kentät "name" ja "when" (ehto).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Grouped by {column}</source>
      <translation>Ryhmitelty sarakkeen {column} mukaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Groups by what customers want need channel, deal, campaign or survey-answer columns, and this list has none.</source>
      <translation>Ryhmittely asiakkaiden toiveiden mukaan tarvitsee kanava-, tarjous-, kampanja- tai kyselyvastaussarakkeita, eikä tässä listassa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Groups of who your customers are need an age or birth year, an income or a location column, and this list has none.</source>
      <translation>Ryhmittely sen mukaan, keitä asiakkaasi ovat, tarvitsee iän tai syntymävuoden, tulojen tai sijainnin sarakkeen, eikä tässä listassa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Has drifted away</source>
      <translation>On ajautunut pois</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Has only returned things so far</source>
      <translation>On toistaiseksi vain palauttanut tavaroita</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Health Care and Social Assistance</source>
      <translation>Terveys- ja sosiaalipalvelut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Hibernating</source>
      <translation>Horroksessa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>High {col}</source>
      <translation>{col}: korkea</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-maintenance customers</source>
      <translation>Paljon huomiota vaativat asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>High-margin customers</source>
      <translation>Hyvän katteen asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Higher income</source>
      <translation>Korkeammat tulot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>How many groups: {rule}</source>
      <translation>Ryhmien määrä: {rule}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>If they won't pay for the service, let them go politely: stop the extra trips and calls.</source>
      <translation>Jos he eivät halua maksaa palvelusta, päästä heidät kohteliaasti irti: lopeta ylimääräiset käynnit ja soitot.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>If you have a copy or an autosave of it, open that; otherwise import the spreadsheet again.</source>
      <translation>Jos sinulla on siitä kopio tai automaattitallennus, avaa se; muuten tuo taulukko uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>In '{name}': {bits}</source>
      <translation>Kohteessa '{name}': {bits}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>In '{name}': {vals}</source>
      <translation>Kohteessa '{name}': {vals}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>In the middle years</source>
      <translation>Keski-ikäiset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>In your list: {column}</source>
      <translation>Listassasi: {column}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>In {n} files, e.g. {name}: {message}</source>
      <translation>{n} tiedostossa, esim. {name}: {message}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income bands split the known incomes in three equal parts: lower under {a}, middle {a} to {b}, higher from {b}.</source>
      <translation>Tuloluokat jakavat tunnetut tulot kolmeen yhtä suureen osaan: alemmat alle {a}, keskimmäiset {a}–{b}, korkeammat {b} alkaen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Income unknown</source>
      <translation>Tulot tuntemattomat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry</source>
      <translation>Toimiala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Industry code</source>
      <translation>Toimialakoodi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Industry: </source>
      <translation>Toimiala: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Information</source>
      <translation>Informaatio ja viestintä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Invite them to a tasting or an evening event.</source>
      <translation>Kutsu heidät maistajaisiin tai iltatilaisuuteen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>It brings in the most money.</source>
      <translation>Se tuo eniten rahaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Just getting to know you</source>
      <translation>Vasta tutustumassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the printed catalogue coming, with an order form.</source>
      <translation>Lähetä painettu kuvasto jatkossakin, tilauslomakkeen kera.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Keep the service but make it lighter: one named contact, a standard order list, fewer special trips.</source>
      <translation>Pidä palvelu, mutta kevennä sitä: yksi nimetty yhteyshenkilö, vakiotilauslista, vähemmän erikoiskäyntejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Keep the web shop quick; send offers by e-mail.</source>
      <translation>Pidä verkkokauppa nopeana; lähetä tarjoukset sähköpostilla.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Lapsed customers</source>
      <translation>Menetetyt asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Large deals</source>
      <translation>Suuret kaupat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Largest segments</source>
      <translation>Suurimmat ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Last name</source>
      <translation>Sukunimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Last purchase</source>
      <translation>Viimeisin osto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen 1 day ago.</source>
      <translation>Nähty viimeksi 1 päivä sitten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen a long time ago</source>
      <translation>Viimeksi nähty kauan sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen on the last day of the data.</source>
      <translation>Nähty viimeksi tietojen viimeisenä päivänä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Last seen {days} days ago.</source>
      <translation>Nähty viimeksi {days} päivää sitten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Leave the date out, or use a sales export with a date on each line.</source>
      <translation>Jätä päivämäärä pois tai käytä myyntiraporttia, jossa jokaisella rivillä on päivämäärä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Let them go quietly: one last 'we miss you' offer, then stop spending on them.</source>
      <translation>Anna heidän mennä hiljaa: yksi viimeinen "meillä on ikävä sinua" -tarjous, sitten lopeta panostus.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime spend (from the file)</source>
      <translation>Ostot yhteensä (tiedostosta)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Lifetime value (estimate)</source>
      <translation>Elinkaariarvo (arvio)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Lifetime value equals the spend so far: the data has no order counts or dates to project from.</source>
      <translation>Elinkaariarvo on tähänastiset ostot: tiedoissa ei ole tilausmääriä tai päivämääriä ennustetta varten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Light {cat} buyers</source>
      <translation>Vähän ostavat: {cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location</source>
      <translation>Sijainti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Location unknown</source>
      <translation>Sijainti tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Long tail</source>
      <translation>Pitkä häntä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Long-standing customers</source>
      <translation>Pitkäaikaiset asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Look after the group '{name}'</source>
      <translation>Pidä huolta ryhmästä '{name}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Look at who is in here: a new group may be hiding.</source>
      <translation>Katso, keitä tässä on: joukossa voi piillä uusi ryhmä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Looking inside a value with '.' is not allowed; only column names, numbers and texts can be used.</source>
      <translation>Arvon sisään katsominen '.'-merkillä ei ole sallittua; vain sarakkeiden nimiä, lukuja ja tekstejä voi käyttää.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Loss-making</source>
      <translation>Tappiollinen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Lost</source>
      <translation>Menetetyt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Lost {amount} in {basis}</source>
      <translation>Menetetty {amount} ({basis})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Low {col}</source>
      <translation>{col}: matala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-maintenance customers</source>
      <translation>Vähän huomiota vaativat asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Low-margin customers</source>
      <translation>Matalan katteen asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Low-touch</source>
      <translation>Vähän huomiota</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Lower income</source>
      <translation>Alemmat tulot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Loyal</source>
      <translation>Uskolliset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Loyalty reward: a stamp card or points so regular visits add up.</source>
      <translation>Kanta-asiakasetu: leimakortti tai pisteet, jotta säännölliset käynnit kerryttävät jotain.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Make it easy: bundles for the family and quick pick-up.</source>
      <translation>Tee siitä helppoa: perhepaketteja ja nopea nouto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Male</source>
      <translation>Mies</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Management of Companies and Enterprises</source>
      <translation>Konsernien ja yritysten johtaminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Manufacturing</source>
      <translation>Teollisuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Many customers have bought only a little; a reminder brings some of them back.</source>
      <translation>Moni asiakas on ostanut vain vähän; muistutus tuo osan heistä takaisin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Many customers, small sums each</source>
      <translation>Paljon asiakkaita, kukin pienillä summilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Many small customers who bring the last {pct:.0f}%.</source>
      <translation>Monta pientä asiakasta, jotka tuovat viimeiset {pct:.0f}%.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin</source>
      <translation>Kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Margin from</source>
      <translation>Kate lähteestä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Margin share</source>
      <translation>Katteen osuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Marital status unknown</source>
      <translation>Siviilisääty tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Medium deals</source>
      <translation>Keskikokoiset kaupat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets none of the conditions above.</source>
      <translation>Mikään yllä olevista ehdoista ei täyty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Meets the condition of '{name}': {when}</source>
      <translation>Täyttää ryhmän '{name}' ehdon: {when}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Middle income</source>
      <translation>Keskituloiset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Middle of the road</source>
      <translation>Keskitien kulkijat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife adults (35 to 54)</source>
      <translation>Keski-ikäiset aikuiset (35–54-vuotiaat)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Midlife, no children at home</source>
      <translation>Keski-ikäiset, ei lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Mining</source>
      <translation>Kaivostoiminta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Mining, Quarrying, and Oil and Gas Extraction</source>
      <translation>Kaivostoiminta, louhinta sekä öljyn ja kaasun tuotanto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Minutes per activity from</source>
      <translation>Tapahtumakohtaisten minuuttien lähde</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Mixed</source>
      <translation>Sekalainen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Months active (last 12)</source>
      <translation>Aktiiviset kuukaudet (viim. 12)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most are first-time buyers.</source>
      <translation>Useimmat ostavat ensimmäistä kertaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often a business of {size} staff ({share}).</source>
      <translation>Useimmiten yritys, jossa on {size} työntekijää ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often buys through {channel} ({share}).</source>
      <translation>Ostaa useimmiten kanavan {channel} kautta ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often from {place} ({share}).</source>
      <translation>Useimmiten paikasta {place} ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Most often in {sector} ({share}).</source>
      <translation>Useimmiten toimialalla {sector} ({share}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Movers</source>
      <translation>Siirtyneet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/cli_compare.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Moves</source>
      <translation>Siirtymät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Needs Attention</source>
      <translation>Vaatii huomiota</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Needs attention, and pays for it</source>
      <translation>Vaatii huomiota, ja maksaa siitä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Needs fixing</source>
      <translation>Vaatii korjausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>New</source>
      <translation>Uudet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>New customers</source>
      <translation>Uudet asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Newcomers</source>
      <translation>Uudet asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Newest, lightest buyers</source>
      <translation>Uusimmat ja vähiten ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it: export the report with that column.</source>
      <translation>Mikään sarake ei näytä siltä: vie raportti niin, että siinä on tämä sarake.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>No column looks like it; {hint}</source>
      <translation>Mikään sarake ei näytä siltä; {hint}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column says who the customer was (an ID, name or e-mail).</source>
      <translation>Mikään sarake ei kerro, kuka asiakas oli (tunnus, nimi tai sähköposti).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with amounts (or quantity and unit price) was found.</source>
      <translation>Summasaraketta (tai määrää ja yksikköhintaa) ei löytynyt.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No column with sale dates was found.</source>
      <translation>Myyntipäivien saraketta ei löytynyt.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No cost or margin is known, so tiers are by revenue. Set a margin % to see margin.</source>
      <translation>Kuluja tai katetta ei tiedetä, joten tasot perustuvat myyntiin. Aseta kate-% nähdäksesi katteen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customer bought twice, so 'overdue' is measured against 90 days.</source>
      <translation>Kukaan asiakas ei ostanut kahdesti, joten "myöhässä" mitataan 90 päivää vasten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>No customer has a positive {basis}, so there is no value to rank.</source>
      <translation>Kenelläkään asiakkaalla ei ole positiivista {basis}-arvoa, joten järjestettävää arvoa ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>No customer is in {names}.</source>
      <translation>Näissä ei ole yhtään asiakasta: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: none of the customers has a usable e-mail address.</source>
      <translation>Asiakaslistoja ei kirjoitettu: kenelläkään asiakkaista ei ole käyttökelpoista sähköpostiosoitetta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/not_written.py" />
      <source>No customer lists were written: the data has no e-mail addresses, and e-mail tools need one per customer. Export to Excel to get every customer with their group.</source>
      <translation>Asiakaslistoja ei kirjoitettu: tiedoissa ei ole sähköpostiosoitteita, ja sähköpostityökalut tarvitsevat jokaiselle asiakkaalle oman osoitteen. Vie Exceliin saadaksesi kaikki asiakkaat ryhmineen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>No customers were found in this file.</source>
      <translation>Tiedostosta ei löytynyt asiakkaita.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>No export found in {folder}.</source>
      <translation>Kansiosta {folder} ei löytynyt vientiä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>No industry code</source>
      <translation>Ei toimialakoodia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date</source>
      <translation>Ei ostopäivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>No purchase date known</source>
      <translation>Ostopäivää ei tiedetä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>No purchase date or order count in the data</source>
      <translation>Tiedoissa ei ole ostopäivää eikä tilausmäärää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>No row has both a readable date and an amount.</source>
      <translation>Millään rivillä ei ole sekä luettavaa päivämäärää että summaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>No segments could be made from this file.</source>
      <translation>Tästä tiedostosta ei voitu muodostaa ryhmiä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Nonclassifiable Establishments</source>
      <translation>Luokittelemattomat toimipaikat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the dates in column '{col}' can be read (for example '{ex}').</source>
      <translation>Mitään sarakkeen '{col}' päivämääristä ei voi lukea (esimerkiksi '{ex}').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>None of the rows says who the customer was.</source>
      <translation>Mikään rivi ei kerro, kuka asiakas oli.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Not available</source>
      <translation>Ei saatavilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Not given</source>
      <translation>Ei annettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Not in the newer data</source>
      <translation>Ei uudemmissa tiedoissa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Note</source>
      <translation>Huomautus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Nudge the customers who are drifting</source>
      <translation>Muistuta asiakkaita, jotka ovat etääntymässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Offer family-size packs and a reason to come back each month.</source>
      <translation>Tarjoa perhepakkauksia ja syy palata joka kuukausi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your regulars something that goes with their usual buy</source>
      <translation>Tarjoa vakioasiakkaillesi jotain, joka sopii heidän tavalliseen ostokseensa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Offer your steady customers something that goes with their usual buy</source>
      <translation>Tarjoa vakaille asiakkaillesi jotain, joka sopii heidän tavalliseen ostokseensa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older adults (55 and over)</source>
      <translation>Varttuneet aikuiset (55 vuotta ja yli)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Older customers who value service</source>
      <translation>Vanhemmat asiakkaat, jotka arvostavat palvelua</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Older parents with children at home</source>
      <translation>Varttuneet vanhemmat, lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>One value of your column</source>
      <translation>Sarakkeesi yksi arvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {good} who are profitable after service: {action}</source>
      <translation>Vain niille {good}, jotka ovat kannattavia palvelukulujen jälkeen: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Only for the {n} customer who is profitable after service: {action}</source>
      <translation>Vain sille {n} asiakkaalle, joka on kannattava palvelun jälkeen: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only refunds, no purchases, in this period</source>
      <translation>Tällä jaksolla vain hyvityksiä, ei ostoja</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Only sales exports with dates can be added as a newer export.</source>
      <translation>Uudemmaksi vienniksi voi lisätä vain myyntiviennin, jossa on päivämäärät.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Only {n} customer(s) in the data: segments need at least {m}.</source>
      <translation>Tiedoissa vain {n} asiakas(ta): ryhmät tarvitsevat vähintään {m}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only {n} customers: scores use {k} levels instead of {levels}.</source>
      <translation>Vain {n} asiakasta: pisteissä käytetään {k} tasoa {levels} sijaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Open a spreadsheet export to start a new analysis, or pick a {suffix} file.</source>
      <translation>Avaa taulukkovienti aloittaaksesi uuden analyysin tai valitse {suffix}-tiedosto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice and save it as .xlsx or .csv, then open that file.</source>
      <translation>Avaa se Excelissä tai LibreOfficessa, tallenna .xlsx- tai .csv-muodossa ja avaa se tiedosto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel or LibreOffice, save it as .xlsx and open that copy.</source>
      <translation>Avaa se Excelissä tai LibreOfficessa, tallenna .xlsx-muodossa ja avaa se kopio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save a copy and open that copy.</source>
      <translation>Avaa se Excelissä, poista salasana (Tiedosto &gt; Tiedot &gt; Suojaa työkirja), tallenna kopio ja avaa se kopio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>Open the file on its own instead.</source>
      <translation>Avaa tiedosto sen sijaan erikseen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Opening project</source>
      <translation>Avataan projektia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Order from the catalogue</source>
      <translation>Tilaavat luettelosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders</source>
      <translation>Tilaukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders (from the file)</source>
      <translation>Tilaukset (tiedostosta)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Orders are the sum of the columns {cols}.</source>
      <translation>Tilaukset ovat sarakkeiden {cols} summa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/list_totals.py" />
      <source>Orders per customer are the sum of {cols}.</source>
      <translation>Tilaukset asiakasta kohden ovat sarakkeiden {cols} summa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders per week</source>
      <translation>Tilauksia viikossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Orders per year</source>
      <translation>Tilauksia vuodessa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>Orders that came in (customers you already had)</source>
      <translation>Tulleet tilaukset (asiakkailta, jotka sinulla jo oli)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Other</source>
      <translation>Muu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Other Services (except Public Administration)</source>
      <translation>Muut palvelut (paitsi julkinen hallinto)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last 90 days</source>
      <translation>Viimeisten 90 päivän aikana</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Over the last {n} days</source>
      <translation>Viimeisten {n} päivän aikana</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Overdue (x usual gap)</source>
      <translation>Myöhässä (× tavallinen väli)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/print_setup.py" />
      <source>Page {page} of {pages}</source>
      <translation>Sivu {page}/{pages}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Pareto/NBD purchase model</source>
      <translation>Pareto/NBD-ostomalli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Pass a PNG file that exists, or leave the logo out.</source>
      <translation>Anna olemassa oleva PNG-tiedosto tai jätä logo pois.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers lose money</source>
      <translation>Huippu {peak}: viimeiset {rest} asiakkaista tuottavat tappiota</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Peak {peak}: the last {rest} of customers returned more than they bought</source>
      <translation>Huippu {peak}: viimeiset {rest} asiakkaista palauttivat enemmän kuin ostivat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Period</source>
      <translation>Ajanjakso</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Persona</source>
      <translation>Henkilö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Personal service and a printed newsletter work well.</source>
      <translation>Henkilökohtainen palvelu ja painettu uutiskirje toimivat hyvin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Phone</source>
      <translation>Puhelin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Phone buyers</source>
      <translation>Puhelimitse ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale ({start}) and the last.</source>
      <translation>Valitse päivämäärä ensimmäisen myynnin ({start}) ja viimeisen myynnin väliltä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Pick a date between the first sale and the last ({end}).</source>
      <translation>Valitse päivämäärä ensimmäisen ja viimeisen myynnin ({end}) väliltä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Point them to the web shop for repeat buys.</source>
      <translation>Ohjaa heidät verkkokauppaan tekemään uusintaostoksia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Postcode</source>
      <translation>Postinumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Potential Loyalist</source>
      <translation>Tulevat vakioasiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Preferred channel</source>
      <translation>Suosikkikanava</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>Prepared by {practice}</source>
      <translation>Laatinut: {practice}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Professional, Scientific, and Technical Services</source>
      <translation>Ammatillinen, tieteellinen ja tekninen toiminta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Profit after service</source>
      <translation>Tulos palvelukulujen jälkeen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Promising</source>
      <translation>Lupaavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Public Administration</source>
      <translation>Julkinen hallinto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Put them first on every campaign list.</source>
      <translation>Nosta heidät jokaisen kampanjalistan kärkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Rare buyers</source>
      <translation>Harvoin ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Reach them where they browse: social posts and the web shop.</source>
      <translation>Tavoita heidät siellä, missä he selailevat: somejulkaisut ja verkkokauppa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Reading file</source>
      <translation>Luetaan tiedostoa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Real Estate and Rental and Leasing</source>
      <translation>Kiinteistöt sekä vuokraus ja leasing</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency score (higher = bought more recently)</source>
      <translation>Viimeisimmän oston pisteet (suurempi = ostanut äskettäin)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Recency x frequency &amp; spend</source>
      <translation>Viimeisin osto × tiheys ja rahat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Recent buyers</source>
      <translation>Äskettäin ostaneet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who could become regulars</source>
      <translation>Äskettäin ostaneet, joista voi tulla vakioasiakkaita</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Recent buyers who have spent little so far</source>
      <translation>Äskettäin ostaneet, jotka ovat toistaiseksi käyttäneet vähän</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers who have not spent much yet.</source>
      <translation>Uudet asiakkaat, jotka eivät ole vielä käyttäneet paljon.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Recent customers with a few purchases: could become loyal.</source>
      <translation>Uudehkot asiakkaat muutamalla ostolla: voivat kiintyä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognised as {fmt}; this layout was built without a real export to check, so look over the columns.</source>
      <translation>Tunnistettu muodoksi {fmt}; tätä asettelua ei ole tarkistettu oikealla viennillä, joten katso sarakkeet läpi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Recognising columns</source>
      <translation>Tunnistetaan sarakkeita</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunded</source>
      <translation>Hyvitetty</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Refunds</source>
      <translation>Hyvitykset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Refunds only</source>
      <translation>Vain hyvityksiä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Region</source>
      <translation>Alue</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Regulars who keep coming</source>
      <translation>Vakioasiakkaat, jotka palaavat yhä uudelleen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Remind them before they drift away: a message around the time they usually reorder.</source>
      <translation>Muistuta ennen kuin he katoavat: viesti siihen aikaan, kun he yleensä tilaavat uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Report</source>
      <translation>Raportti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Reprice or let go</source>
      <translation>Hinnoittele tai päästä irti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Reprice or let go: charge for the extra service, set a minimum order, or stop chasing these accounts.</source>
      <translation>Hinnoittele uudelleen tai päästä irti: laskuta lisäpalvelusta, aseta vähimmäistilaus tai lopeta näiden asiakkuuksien tavoittelu.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they bring {pas}). Only then: {action}</source>
      <translation>Hinnoittele heidän palvelunsa ensin uudelleen (palvelukulujen jälkeen he tuovat {pas}). Vasta sitten: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice their service first (after the cost of serving them they cost you {loss} more than they bring). Only then: {action}</source>
      <translation>Hinnoittele heidän palvelunsa ensin uudelleen (palvelukustannusten jälkeen he maksavat sinulle {loss} enemmän kuin tuovat). Vasta sitten: {action}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Reprice: put their prices up to a level that pays for the time they take.</source>
      <translation>Hinnoittele uudelleen: nosta heidän hintojaan tasolle, joka kattaa heidän viemänsä ajan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Retail Trade</source>
      <translation>Vähittäiskauppa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Return more than most</source>
      <translation>Palauttaa useammin kuin muut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Returns more than they buy: about {amount} net per order.</source>
      <translation>Palauttaa enemmän kuin ostaa: noin {amount} netto tilausta kohden.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Revenue by {day}</source>
      <translation>Myynti {day} mennessä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Revenue is the sum</source>
      <translation>Myynti on summa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Revenue is the sum of the spend columns ({cols}).</source>
      <translation>Myynti on ostosarakkeiden ({cols}) summa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Revenue of customers moving between segments (by the later date)</source>
      <translation>Ryhmästä toiseen siirtyneiden asiakkaiden myynti (myöhemmän päivän mukaan)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Revenue share</source>
      <translation>Myynnin osuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Row in the source file</source>
      <translation>Rivi lähdetiedostossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Rules must be one of: {names}.</source>
      <translation>Sääntöjen on oltava jokin näistä: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Run an analysis first.</source>
      <translation>Tee ensin analyysi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>Save the client's sales export into that folder, or pick another folder.</source>
      <translation>Tallenna asiakasyrityksen myyntivienti siihen kansioon tai valitse toinen kansio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Saved {when}</source>
      <translation>Tallennettu {when}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Saving project</source>
      <translation>Tallennetaan projektia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Sector</source>
      <translation>Sektori</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Sector unknown</source>
      <translation>Sektori tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Seen lately, not yet a habit</source>
      <translation>Käynyt äskettäin, ei vielä tavaksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Segment</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Segment on {day}</source>
      <translation>Ryhmä {day}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <location filename="../../desktopseg/gui/compare_view.py" />
      <source>Segment sizes over time</source>
      <translation>Ryhmien koot ajan mittaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Segment sizes: {title}</source>
      <translation>Ryhmien koot: {title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Segmenting: {name}</source>
      <translation>Ryhmitellään: {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a reminder around the time they usually buy.</source>
      <translation>Lähetä muistutus siihen aikaan, kun he yleensä ostavat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send a thank-you with a tip for what they bought and a reason to return this month.</source>
      <translation>Lähetä kiitos, vinkki ostetun tuotteen käyttöön ja syy palata vielä tässä kuussa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Send offers to them and not to full-price buyers.</source>
      <translation>Lähetä tarjoukset heille, älä täyttä hintaa maksaville.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Send one friendly reminder with something that goes with their first buy.</source>
      <translation>Lähetä yksi ystävällinen muistutus ja jotain, joka sopii heidän ensimmäiseen ostokseensa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort</source>
      <translation>Palvelun työmäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service effort (1-10)</source>
      <translation>Palvelun työmäärä (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10 (estimated from activity).</source>
      <translation>Palvelun työmäärä noin {effort}/10 (arvioitu tapahtumista).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort about {effort} out of 10.</source>
      <translation>Palvelun työmäärä noin {effort}/10.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Service effort vs. margin</source>
      <translation>Palvelun työmäärä vs. kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Service effort {effort} out of 10 (your rating).</source>
      <translation>Palvelun työmäärä {effort}/10 (oma arviosi).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes</source>
      <translation>Palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes (estimated from activity)</source>
      <translation>Palveluminuutit (arvioitu tapahtumista)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes used for the cost</source>
      <translation>Kulujen laskennassa käytetyt palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Services</source>
      <translation>Palvelut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Settled, time to treat themselves</source>
      <translation>Asettuneet, aikaa hemmotella itseään</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Several channels</source>
      <translation>Useita kanavia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share</source>
      <translation>Osuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Share of customers, biggest first</source>
      <translation>Asiakkaiden osuus, suurin ensin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Share via {channel}</source>
      <translation>Osuus kanavan {channel} kautta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Sheets {sheets} have the same columns; their {n} lines were read as one table.</source>
      <translation>Välilehdillä {sheets} on samat sarakkeet; niiden {n} riviä luettiin yhtenä taulukkona.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Shop online</source>
      <translation>Ostavat verkossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show new items on the home page first.</source>
      <translation>Näytä uutuudet ensimmäisinä etusivulla.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Show the premium range: quality over quantity.</source>
      <translation>Esittele laatutuotteet: laatu ennen määrää.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Singles</source>
      <translation>Sinkut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Size</source>
      <translation>Koko</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Size unknown</source>
      <translation>Koko tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Small baskets</source>
      <translation>Pienet ostoskorit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Small deals</source>
      <translation>Pienet kaupat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>Small groups shown together.</source>
      <translation>Pienet ryhmät näytetään yhdessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small spenders</source>
      <translation>Vähän käyttävät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Small, infrequent buyers not seen for a long time.</source>
      <translation>Pienet, harvoin ostavat, joita ei ole nähty pitkään aikaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Small, occasional buyers, not seen for long</source>
      <translation>Pienet, satunnaiset ostajat, joita ei ole nähty pitkään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Small-basket buyers</source>
      <translation>Pienten ostoskorien ostajat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>Some amounts are percentages.</source>
      <translation>Osa summista on prosentteja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Some customers meet more than one condition; each is in the first group that fits ({names} lost some to groups above them).</source>
      <translation>Osa asiakkaista täyttää useamman kuin yhden ehdon; kukin kuuluu ensimmäiseen sopivaan ryhmään ({names} menettivät osan asiakkaistaan ylempänä oleville ryhmille).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>Something went wrong inside the program.</source>
      <translation>Ohjelman sisällä meni jokin pieleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_columns.py" />
      <source>Spend is the sum of the columns {cols}.</source>
      <translation>Ostot ovat sarakkeiden {cols} summa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spend less than most customers</source>
      <translation>Ostaa vähemmän kuin useimmat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Spend: {category}</source>
      <translation>Ostot: {category}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Spends well when they come</source>
      <translation>Ostaa reilusti käydessään</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Sporadic customers</source>
      <translation>Satunnaiset asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Stars</source>
      <translation>Tähdet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stay in touch: a short seasonal newsletter with what's new.</source>
      <translation>Pidä yhteyttä: lyhyt kausiuutiskirje uutuuksista.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Steady customers</source>
      <translation>Vakaat asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Steady, everyday customers</source>
      <translation>Vakaat arkiasiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Still shopping for a full house</source>
      <translation>Ostavat yhä koko perheelle</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stop discounting: they come anyway; keep offers for people who need a nudge.</source>
      <translation>Lopeta alennukset: he tulevat joka tapauksessa; säästä tarjoukset niille, jotka tarvitsevat tönäisyn.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Store buyers</source>
      <translation>Myymälästä ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Suggest an item that goes with what they usually buy, at a small saving.</source>
      <translation>Ehdota tuotetta, joka sopii heidän tavallisiin ostoksiinsa, pienellä alennuksella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>Summarising customers</source>
      <translation>Kootaan asiakastietoja</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Summary</source>
      <translation>Yhteenveto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Support tickets</source>
      <translation>Tukipyynnöt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Tagline</source>
      <translation>Iskulause</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Takes a lot of looking after for a thin margin</source>
      <translation>Vaatii paljon huolenpitoa ohuella katteella</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Takes more time than their margin pays for</source>
      <translation>Vievät enemmän aikaa kuin kate riittää kattamaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Text encoding: {enc}.</source>
      <translation>Merkistö: {enc}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Texts go in single quotes ('Married'); names with spaces in double quotes.</source>
      <translation>Tekstit kirjoitetaan yksinkertaisiin lainausmerkkeihin ('Naimisissa'); välilyöntejä sisältävät nimet kaksinkertaisiin lainausmerkkeihin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Thank them with a loyalty reward; they buy for several people.</source>
      <translation>Kiitä heitä kanta-asiakasedulla; he ostavat usealle ihmiselle.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Thank your best customers</source>
      <translation>Kiitä parhaita asiakkaitasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The amount column '{col}' holds no numbers.</source>
      <translation>Summasarakkeessa '{col}' ei ole lukuja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The best third of customers by {basis}; together they bring {pct:.0f}% of it. Spending is spread evenly here, so the first 80% comes from more than a third of the customers.</source>
      <translation>Paras kolmannes asiakkaista mitattuna: {basis}; yhdessä he tuovat siitä {pct:.0f} %. Ostot jakautuvat tässä tasaisesti, joten ensimmäiset 80 % tulevat useammalta kuin kolmannekselta asiakkaista.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The clustering reported: {msg}</source>
      <translation>Klusterointi ilmoitti: {msg}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>The column '{column}' is not in this data (was its sheet left out?).</source>
      <translation>Saraketta '{column}' ei ole näissä tiedoissa (jätettiinkö sen taulukko pois?).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is empty.</source>
      <translation>Ehto on tyhjä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is nested too deeply.</source>
      <translation>Ehdossa on liian monta sisäkkäistä tasoa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition is too long ({n} characters; at most {m}).</source>
      <translation>Ehto on liian pitkä ({n} merkkiä; enintään {m}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The condition stops too early: something is missing at the end.</source>
      <translation>Ehto loppuu liian aikaisin: lopusta puuttuu jotain.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The cost column looks like cost per unit, so it was multiplied by the quantity of each line.</source>
      <translation>Kulusarake näyttää yksikkökohtaiselta kulta, joten se kerrottiin kunkin rivin määrällä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>The customer file doesn't look like a customer list.</source>
      <translation>Asiakastiedosto ei näytä asiakaslistalta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The customer list has no ID or name column, so each customer is known by their row number.</source>
      <translation>Asiakaslistassa ei ole tunnus- tai nimisaraketta, joten kukin asiakas tunnistetaan rivinumerostaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The customer list has no spend figures, so value analysis is not possible.</source>
      <translation>Asiakaslistassa ei ole ostolukuja, joten arvoanalyysi ei ole mahdollinen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The customer list in {src} shares no customer with the sales, so it was not used.</source>
      <translation>Kohteen {src} asiakaslistalla ei ole yhteisiä asiakkaita myyntien kanssa, joten sitä ei käytetty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The customers don't separate into groups (too few distinct customers).</source>
      <translation>Asiakkaat eivät jakaudu ryhmiin (liian vähän erilaisia asiakkaita).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>The customers don't separate into groups by their answers.</source>
      <translation>Asiakkaat eivät jakaudu ryhmiin vastaustensa perusteella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the first {pct:.0f}% of {basis}.</source>
      <translation>Asiakkaat, jotka tuovat ensimmäiset {pct:.0f}% ({basis}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>The customers who bring the next {pct:.0f}%.</source>
      <translation>Asiakkaat, jotka tuovat seuraavat {pct:.0f}%.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>The data covers only {days} days (under {min} days{gap}): too short to tell who has stopped coming, so nobody is called At Risk, Can't Lose Them, Hibernating, Lost or About to Sleep, and no rates per year are given.</source>
      <translation>Tiedot kattavat vain {days} päivää (alle {min} päivää{gap}): liian lyhyt aika sen päättelemiseen, kuka on lakannut käymästä, joten ketään ei sijoiteta ryhmiin Vaarassa, Ei saa menettää, Horroksessa, Menetetyt tai Hiipumassa, eikä vuosittaisia lukuja anneta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {missing}, so only {used} is used.</source>
      <translation>Tiedoissa ei ole: {missing}, joten vain {used} on käytössä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>The data has no {wanted}; grouped by {used} instead.</source>
      <translation>Tiedoissa ei ole: {wanted}; ryhmitelty sen sijaan: {used}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The data starts on {start}, after {day}: there were no customers yet.</source>
      <translation>Tiedot alkavat päivästä {start}, joka on päivän {day} jälkeen: asiakkaita ei ollut vielä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The details are in the log file.</source>
      <translation>Lisätiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be found.</source>
      <translation>Tiedostoa ei löydy.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be opened: permission denied.</source>
      <translation>Tiedostoa ei voi avata: käyttö estetty.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file can't be read ({err}).</source>
      <translation>Tiedostoa ei voi lukea ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The file can't be replaced: it may be open in another program.</source>
      <translation>Tiedostoa ei voi korvata: se voi olla auki toisessa ohjelmassa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The file has no columns.</source>
      <translation>Tiedostossa ei ole sarakkeita.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged and can't be opened ({err}).</source>
      <translation>Tiedosto on vioittunut eikä sitä voi avata ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: it looks like a workbook but its archive can't be opened (it may be cut short).</source>
      <translation>Tiedosto on vioittunut: se näyttää työkirjalta, mutta sen arkistoa ei voi avata (se voi olla katkennut).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is damaged: its archive says one part is {small} bytes but it holds far more.</source>
      <translation>Tiedosto on vioittunut: sen arkiston mukaan yksi osa on {small} tavua, mutta siinä on paljon enemmän.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file is empty.</source>
      <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <source>The file is too big to analyse on this computer.</source>
      <translation>Tiedosto on liian suuri analysoitavaksi tällä tietokoneella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB from {packed:.1f} MB); it is damaged or not a real export.</source>
      <translation>Tiedosto purkautuu järjettömän suureksi ({size:.0f} Gt, pakattuna {packed:.1f} Mt); se on vioittunut tai ei oikea vienti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The file unpacks to an absurd size ({size:.0f} GB); it is damaged or not a real export.</source>
      <translation>Tiedosto purkautuu järjettömän suureksi ({size:.0f} Gt); se on vioittunut tai ei oikea vienti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>The folder for the export doesn't exist.</source>
      <translation>Vientikansiota ei ole olemassa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>The folder has no spreadsheet or CSV files.</source>
      <translation>Kansiossa ei ole taulukko- tai CSV-tiedostoja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The forecast test was switched off.</source>
      <translation>Ennusteen testaus oli kytketty pois päältä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/letterhead.py" />
      <source>The logo '{name}' can't be found.</source>
      <translation>Logoa '{name}' ei löydy.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The number of groups was chosen on a sample of {n} customers.</source>
      <translation>Ryhmien määrä valittiin {n} asiakkaan otoksella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The old-style Excel file (.xls) is damaged and can't be read safely ({err}).</source>
      <translation>Vanhan mallinen Excel-tiedosto (.xls) on vaurioitunut, eikä sitä voi lukea turvallisesti ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project can't be saved over the file the data came from.</source>
      <translation>Projektia ei voi tallentaa sen tiedoston päälle, josta tiedot tulivat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project could not be saved: {reason}</source>
      <translation>Projektia ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be found.</source>
      <translation>Projektitiedostoa ei löydy.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>The project file can't be read: {reason}</source>
      <translation>Projektitiedostoa ei voi lukea: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file can't be read: {why}</source>
      <translation>Sääntötiedostoa ei voi lukea: {why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>The rules file is not valid JSON (line {line}, column {col}).</source>
      <translation>Sääntötiedosto ei ole kelvollista JSONia (rivi {line}, sarake {col}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/mixed_currency.py" />
      <source>The sales are in {k} currencies (lines: {list}). Their amounts are added as they are written, without converting; export one currency at a time for true totals.</source>
      <translation>Myynnit ovat {k} valuutassa (rivit: {list}). Summat lasketaan yhteen sellaisinaan muuntamatta; vie yksi valuutta kerrallaan, niin summat ovat oikeat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>The sales history is too short to test the forecast on it, so treat the forecast as a rough guide.</source>
      <translation>Myyntihistoria on liian lyhyt ennusteen testaamiseen, joten pidä ennustetta vain suuntaa antavana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>The same settings at both dates; the {scheme} groups are made from each date's own figures.</source>
      <translation>Samat asetukset molempina päivinä; ryhmittelyn {scheme} ryhmät muodostetaan kunkin päivän omista luvuista.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>The segment grid can't be used: {problems}.</source>
      <translation>Ryhmäruudukkoa ei voi käyttää: {problems}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet is empty.</source>
      <translation>Taulukko on tyhjä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The sheet reaches cell {cell}, so it would need about {gb:.0f} GB of memory to read.</source>
      <translation>Taulukko ulottuu soluun {cell}, joten sen lukeminen vaatisi noin {gb:.0f} Gt muistia.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The sheets are: {names}.</source>
      <translation>Taulukot: {names}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>The solid middle</source>
      <translation>Vakaa keskijoukko</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The table has a header but no rows under it (only blank or total rows).</source>
      <translation>Taulukossa on otsikkorivi, mutta sen alla ei ole rivejä (vain tyhjiä tai summarivejä).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The table has a header but no rows under it.</source>
      <translation>Taulukossa on otsikkorivi, mutta sen alla ei ole rivejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The table has {n} columns; a sales export has a few dozen.</source>
      <translation>Taulukossa on {n} saraketta; myyntiviennissä on muutamia kymmeniä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The text file can't be split into columns ({err}).</source>
      <translation>Tekstitiedostoa ei voi jakaa sarakkeisiin ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook can't be read: it is damaged or not in a format this program knows ({err}).</source>
      <translation>Työkirjaa ei voi lukea: se on vioittunut tai muodossa, jota tämä ohjelma ei tunne ({err}).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>The workbook is damaged: it has no sheets that can be read.</source>
      <translation>Työkirja on vioittunut: siinä ei ole luettavia taulukoita.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>The workbook is protected with a password, so it can't be read.</source>
      <translation>Työkirja on suojattu salasanalla, joten sitä ei voi lukea.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>The {name} analysis can't run on this file: {reason}</source>
      <translation>Analyysi "{name}" ei toimi tälle tiedostolle: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>Their margin does not pay for the staff time they take (profit after service below zero).</source>
      <translation>Heidän katteensa ei riitä kattamaan heidän viemäänsä henkilökunnan aikaa (tulos palvelukulujen jälkeen alle nollan).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There are no customers to compare.</source>
      <translation>Vertailtavia asiakkaita ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>There are no sales after {day} in this data (the last is on {end}), so there is nothing to compare with.</source>
      <translation>Näissä tiedoissa ei ole myyntejä päivän {day} jälkeen (viimeinen on {end}), joten vertailtavaa ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>There are no sales on or before the analysis date {day}.</source>
      <translation>Analyysipäivänä {day} tai sitä ennen ei ole myyntejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>There are no segments to export yet.</source>
      <translation>Vietäviä ryhmiä ei vielä ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients.py" />
      <source>There is already a client called '{name}'.</source>
      <translation>Asiakasyritys nimeltä '{name}' on jo olemassa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>There is no column called '{column}' to group customers by.</source>
      <translation>Saraketta '{column}', jonka mukaan asiakkaat ryhmiteltäisiin, ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>There is no column called '{name}'.</source>
      <translation>Saraketta nimeltä '{name}' ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>There is no forecast: the file has no dated sales, or the forecast is switched off.</source>
      <translation>Ennustetta ei ole: tiedostossa ei ole päivättyjä myyntejä, tai ennuste on kytketty pois päältä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>There is no positive total to share out yet.</source>
      <translation>Jaettavaa positiivista kokonaismäärää ei vielä ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>There is no scheme called '{name}'.</source>
      <translation>Ryhmittelyä nimeltä '{name}' ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>There is no sheet called '{s}'.</source>
      <translation>Taulukkoa nimeltä '{s}' ei ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>There is only one snapshot yet. Add a newer export to this project (File &gt; Add a Newer Export) to see how the segments change.</source>
      <translation>Tilannekuvia on vasta yksi. Lisää tähän projektiin uudempi vienti (Tiedosto &gt; Lisää uudempi vienti) nähdäksesi, miten ryhmät muuttuvat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They are later than usual; a reminder now costs less than winning them back.</source>
      <translation>He ovat tavallista myöhemmin liikkeellä; muistutus nyt tulee halvemmaksi kuin heidän takaisin voittamisensa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy often, spend the most and came recently: keep them feeling valued.</source>
      <translation>He ostavat usein, käyttävät eniten ja ovat käyneet äskettäin: pidä huoli, että he tuntevat itsensä arvostetuiksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They buy regularly; a small bundle raises what they spend.</source>
      <translation>He ostavat säännöllisesti; pieni tuotepaketti kasvattaa heidän ostojaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They come back reliably; a small bundle raises what they spend.</source>
      <translation>He palaavat luotettavasti; pieni tuotepaketti kasvattaa heidän ostojaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>They used to buy often or spend a lot, and have not been back for a while.</source>
      <translation>He ostivat ennen usein tai paljon, mutta eivät ole palanneet vähään aikaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>This customer list has no purchase dates, so the buying-behaviour (RFM) analysis needs a sales file with dates; value and cluster analysis work on it.</source>
      <translation>Tässä asiakaslistassa ei ole ostopäiviä, joten ostokäyttäytymisen (RFM) analyysi tarvitsee myyntitiedoston päivämäärineen; arvo- ja klusterianalyysi toimivat sillä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This data has no information about service effort, so this chart would only be guesswork.</source>
      <translation>Tiedoissa ei ole tietoa palvelun työmäärästä, joten tämä kaavio olisi pelkkää arvailua.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This export ends on {new}, but the project's data already runs to {old}.</source>
      <translation>Tämä vienti päättyy päivään {new}, mutta projektin tiedot ulottuvat jo päivään {old}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>This file has no purchase dates, so it can't be analysed as of {day}.</source>
      <translation>Tiedostossa ei ole ostopäiviä, joten sitä ei voi analysoida päivän {day} tilanteena.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a web page saved with a spreadsheet name, not a real spreadsheet.</source>
      <translation>Tämä tiedosto on taulukon nimellä tallennettu verkkosivu, ei oikea taulukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is a zip archive, not a spreadsheet.</source>
      <translation>Tämä tiedosto on zip-arkisto, ei taulukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This file is not a DesktopSeg project.</source>
      <translation>Tämä tiedosto ei ole DesktopSeg-projekti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet or text export (it holds binary data).</source>
      <translation>Tämä tiedosto ei ole taulukko eikä tekstivienti (siinä on binaaridataa).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is not a spreadsheet: it is {what}.</source>
      <translation>Tämä tiedosto ei ole taulukko: se on {what}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This file is too large to open on this computer: it needs about {need:.1f} GB of memory and {free:.1f} GB is free.</source>
      <translation>Tämä tiedosto on liian suuri avattavaksi tällä tietokoneella: se vaatii noin {need:.1f} Gt muistia ja vapaana on {free:.1f} Gt.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>This grid belongs to the buying-behaviour (RFM) segments.</source>
      <translation>Tämä ruudukko kuuluu ostokäyttäytymisen (RFM) ryhmiin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>This is a folder, not a file.</source>
      <translation>Tämä on kansio, ei tiedosto.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This is a value, not a condition: compare it with something (for example '&gt; 0').</source>
      <translation>Tämä on arvo, ei ehto: vertaa sitä johonkin (esimerkiksi '&gt; 0').</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project file is damaged and can't be opened.</source>
      <translation>Tämä projektitiedosto on vioittunut eikä sitä voi avata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/snapshots.py" />
      <source>This project has only one export, so there is nothing to compare yet.</source>
      <translation>Tässä projektissa on vain yksi vienti, joten vertailtavaa ei vielä ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project was saved by a newer version of DesktopSeg.</source>
      <translation>Tämä projekti on tallennettu DesktopSegin uudemmalla versiolla.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>This quote is never closed.</source>
      <translation>Tämä lainausmerkki jää sulkematta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Tier unknown</source>
      <translation>Taso tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>Time-driven activity-based costing (Kaplan &amp; Anderson, Harvard Business Review, 2004). The minutes are starting points for a small shop: change them to yours.</source>
      <translation>Aikaperusteinen toimintolaskenta (Kaplan &amp; Anderson, Harvard Business Review, 2004). Minuutit ovat lähtökohtia pienelle liikkeelle: muuta ne vastaamaan omiasi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>To (on {day})</source>
      <translation>Mihin ({day})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Too few customers bought twice early enough to test the forecast, so treat it as a rough guide.</source>
      <translation>Liian harva asiakas osti kahdesti riittävän aikaisin ennusteen testaamiseen, joten pidä sitä vain suuntaa antavana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Top 20% of customers bring {share} of the total</source>
      <translation>Parhaat 20 % asiakkaista tuovat {share} kokonaisuudesta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Top customers</source>
      <translation>Huippuasiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Transportation and Warehousing</source>
      <translation>Kuljetus ja varastointi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Transportation, Communications and Utilities</source>
      <translation>Kuljetus, viestintä ja yhdyskuntahuolto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a first-order offer on something new in.</source>
      <translation>Kokeile ensitilaustarjousta jostakin uutuudesta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Try a phone or e-mail reminder when the new one is out.</source>
      <translation>Kokeile muistutusta puhelimitse tai sähköpostilla, kun uusi on ilmestynyt.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Typical customers</source>
      <translation>Tyypilliset asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order</source>
      <translation>Tyypillinen tilaus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {amount}.</source>
      <translation>Tyypillinen tilaus noin {amount}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typical order about {typical}, average {average}.</source>
      <translation>Tyypillinen tilaus noin {typical}, keskimäärin {average}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff in {sector}.</source>
      <translation>Tyypillisesti {size} hengen yritys toimialalla {sector}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically a business of {size} staff.</source>
      <translation>Tyypillisesti {size} hengen yritys.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Typically in {sector}.</source>
      <translation>Tyypillisesti toimialalla {sector}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rules.py" />
      <source>Unexpected '{what}' here: join conditions with 'and' or 'or'.</source>
      <translation>Odottamaton '{what}' tässä kohdassa: yhdistä ehdot sanoilla 'and' tai 'or'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/__init__.py" />
      <source>Unknown scheme '{name}'; choose one of {schemes}.</source>
      <translation>Tuntematon ryhmittely '{name}'; valitse jokin näistä: {schemes}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>Unknown sector (code {code})</source>
      <translation>Tuntematon toimiala (koodi {code})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Unpack it and open the spreadsheet inside.</source>
      <translation>Pura se ja avaa sen sisällä oleva taulukko.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Update DesktopSeg to open it.</source>
      <translation>Päivitä DesktopSeg avataksesi sen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Upsell bundle: pair their usual buy with a related item at a small saving.</source>
      <translation>Lisämyyntipaketti: yhdistä heidän tavallinen ostoksensa liittyvään tuotteeseen pienellä alennuksella.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Upsell potential</source>
      <translation>Lisämyynnin mahdollisuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Used to buy well, but not for a long time.</source>
      <translation>Ostivat ennen reilusti, mutta eivät pitkään aikaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Used to buy well, now overdue</source>
      <translation>Ostivat ennen reilusti, nyt myöhässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Used to spend well, hasn't been back</source>
      <translation>Käytti ennen reilusti, ei ole palannut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usual channel: {channel}.</source>
      <translation>Tavallinen kanava: {channel}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Usual days between orders</source>
      <translation>Tavallinen tilausväli päivinä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Usually from {place}.</source>
      <translation>Yleensä paikasta {place}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Utilities</source>
      <translation>Energia- ja vesihuolto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>VIP thank-you: early access or a small gift, a handwritten card.</source>
      <translation>VIP-kiitos: etuoikeus uutuuksiin tai pieni lahja, käsin kirjoitettu kortti.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Value tiers need sales amounts or spend per customer, and this data has none.</source>
      <translation>Arvotasot tarvitsevat myyntisummat tai ostot asiakasta kohden, eikä näissä tiedoissa ole niitä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Visits fading, not been back lately</source>
      <translation>Käynnit harvenevat, eivät ole käyneet viime aikoina</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Wait for a deal</source>
      <translation>Odottavat tarjousta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>We don't know their age</source>
      <translation>Ikää ei tiedetä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>Web buyers</source>
      <translation>Verkosta ostavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Welcome series: a thank-you, a tip for what they bought, and a reason for a second visit within a month.</source>
      <translation>Tervetulosarja: kiitos, vinkki ostetun tuotteen käyttöön ja syy toiseen käyntiin kuukauden sisällä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Were among the best customers, but have not come back for a long time.</source>
      <translation>Olivat parhaita asiakkaita, mutta eivät ole palanneet pitkään aikaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>Were among your best, now overdue</source>
      <translation>Olivat parhaita asiakkaitasi, nyt myöhässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>What changed</source>
      <translation>Mikä muuttui</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What is wrong</source>
      <translation>Mikä on vialla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>What it is</source>
      <translation>Mikä se on</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What moved</source>
      <translation>Mitä siirtyi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast_charts.py" />
      <source>What the test would have forecast</source>
      <translation>Mitä testi olisi ennustanut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>What to do</source>
      <translation>Mitä tehdä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>What your customers want</source>
      <translation>Mitä asiakkaasi haluavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare_charts.py" />
      <source>Where customers went: {title}</source>
      <translation>Minne asiakkaat menivät: {title}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the margin</source>
      <translation>Keneltä kate tulee</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Who brings the revenue</source>
      <translation>Keneltä myynti tulee</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Who your customers are</source>
      <translation>Keitä asiakkaasi ovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Wholesale Trade</source>
      <translation>Tukkukauppa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/this_month.py" />
      <source>Win back the good customers who have gone quiet</source>
      <translation>Voita takaisin hyvät asiakkaat, jotka ovat hiljentyneet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Win them back: a personal note or call with a good reason to return.</source>
      <translation>Voita heidät takaisin: henkilökohtainen viesti tai soitto ja hyvä syy palata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>Workbook</source>
      <translation>Työkirja</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Worth the effort</source>
      <translation>Vaivan arvoiset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group in words that fit what they have in common.</source>
      <translation>Kirjoita tälle ryhmälle sanoin, jotka sopivat siihen, mikä heitä yhdistää.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Write to this group with a message that fits its condition.</source>
      <translation>Kirjoita tälle ryhmälle viesti, joka sopii sen ehtoon.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/core/export.py" />
      <source>Writing Excel file</source>
      <translation>Kirjoitetaan Excel-tiedostoa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing Excel workbook</source>
      <translation>Kirjoitetaan Excel-työkirjaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing customer lists</source>
      <translation>Kirjoitetaan asiakaslistoja</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/batch.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing the report</source>
      <translation>Kirjoitetaan raporttia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>You have not made your own groups yet (View &gt; Your Own Groups, or --rules RULES.json on the command line).</source>
      <translation>Et ole vielä tehnyt omia ryhmiä (Näytä &gt; Omat ryhmät, tai komentorivillä --rules RULES.json).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young adults (under 35)</source>
      <translation>Nuoret aikuiset (alle 35-vuotiaat)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young and trying things</source>
      <translation>Nuoret, jotka kokeilevat uutta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young families</source>
      <translation>Nuoret perheet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>Young singles and couples</source>
      <translation>Nuoret sinkut ja pariskunnat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Young, free and trying things</source>
      <translation>Nuoret, vapaat ja kokeilunhaluiset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Your best customers: often, recently, generously</source>
      <translation>Parhaat asiakkaasi: usein, äskettäin, reilusti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>Your own cut points at both dates: {cuts}.</source>
      <translation>Omat rajasi molempina päivinä: {cuts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>Your own group</source>
      <translation>Oma ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups</source>
      <translation>Omat ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>Your own groups are set aside while customers are grouped by {column}.</source>
      <translation>Omat ryhmäsi jätetään sivuun, kun asiakkaat ryhmitellään sarakkeen {column} mukaan.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/custom.py" />
      <source>Your own groups have no conditions yet.</source>
      <translation>Omissa ryhmissäsi ei ole vielä ehtoja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>Your sales history does not yet cover the same weeks of an earlier year, so this forecast cannot allow for a busy or quiet time of year in them, such as a holiday rush.</source>
      <translation>Myyntihistoriasi ei vielä kata samoja viikkoja aiemmalta vuodelta, joten tämä ennuste ei voi ottaa huomioon niiden vilkasta tai hiljaista sesonkia, kuten juhlasesongin ruuhkaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>a part of the period; '{h}' holds the whole</source>
      <translation>osa jaksosta; '{h}' sisältää koko jakson</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>after the cost of serving them</source>
      <translation>palvelukulujen jälkeen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age</source>
      <translation>ikä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>age not known</source>
      <translation>ikä ei tiedossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age unknown</source>
      <translation>ikä tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>age {a:.0f}</source>
      <translation>ikä {a:.0f}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>aged {years}</source>
      <translation>ikä {years}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>all customers alike</source>
      <translation>kaikki asiakkaat samanlaisia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>amount not readable</source>
      <translation>summaa ei voi lukea</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>answer your campaigns</source>
      <translation>vastaavat kampanjoihisi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>answered {pct} of {n} campaigns</source>
      <translation>vastannut {pct} kampanjoista (yhteensä {n})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>automatic groups</source>
      <translation>automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>average buyers whose last purchase was a while ago</source>
      <translation>keskivertoostajia, joiden viimeisestä ostosta on jo aikaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>average order {m}</source>
      <translation>keskiostos {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>blank row</source>
      <translation>tyhjä rivi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>born in {years}</source>
      <translation>syntynyt {years}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought fairly recently, more often than most</source>
      <translation>ostivat melko äskettäin, useammin kuin useimmat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>bought in {v:.0f} of the last 12 months</source>
      <translation>ostanut {v:.0f} kuukautena viimeisistä 12:sta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little and seldom, and not for a long time</source>
      <translation>ostivat vähän ja harvoin, eivätkä ole ostaneet pitkään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, and not for longer than usual</source>
      <translation>ostivat vähän, eivätkä ole ostaneet tavallista pidempään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought little, long ago</source>
      <translation>ostivat vähän, kauan sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought often before, but not for longer than usual</source>
      <translation>ostivat ennen usein, mutta eivät ole ostaneet tavallista pidempään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, but little so far</source>
      <translation>ostivat äskettäin, mutta toistaiseksi vähän</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought recently, fewer times than your regulars so far</source>
      <translation>ostivat äskettäin, toistaiseksi harvemmin kuin vakioasiakkaasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought the most recently and often, and spent the most</source>
      <translation>ostivat viimeksi äskettäin ja usein, ja käyttivät eniten rahaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bought very recently, with the fewest orders and lowest spend so far</source>
      <translation>ostivat aivan äskettäin, toistaiseksi vähiten tilauksia ja pienimmät ostot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>bring less than nothing: returns or costs exceed what they buy</source>
      <translation>tuovat vähemmän kuin ei mitään: palautukset tai kulut ylittävät heidän ostonsa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>but it is hidden</source>
      <translation>mutta se on piilotettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy a large share on deals</source>
      <translation>ostavat ison osan tarjoushintaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly from the catalogue</source>
      <translation>ostavat enimmäkseen luettelosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly in the shop</source>
      <translation>ostavat enimmäkseen myymälästä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>buy mostly on the web</source>
      <translation>ostavat enimmäkseen verkosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>buying behaviour</source>
      <translation>ostokäyttäytyminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>by phone</source>
      <translation>puhelimitse</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>cancellation</source>
      <translation>peruutus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>cancelled order (not a sale, not a return)</source>
      <translation>peruttu tilaus (ei myynti eikä palautus)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>cell R{r} FM{fm} has the unknown name '{name}'</source>
      <translation>solussa R{r} FM{fm} on tuntematon nimi '{name}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>chosen by you</source>
      <translation>valitsit itse</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>close to the average customer on every measure</source>
      <translation>lähellä keskivertoasiakasta kaikilla mittareilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>company revenue</source>
      <translation>yrityksen liikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>company type</source>
      <translation>yritystyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>cost in the data</source>
      <translation>kulut tiedoissa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>cost more to serve than they bring</source>
      <translation>maksavat palvelultaan enemmän kuin tuovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>customer file {name}</source>
      <translation>asiakastiedosto {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for 1 day</source>
      <translation>asiakkaana 1 päivä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>customer for {v:,.0f} days</source>
      <translation>asiakkaana {v:,.0f} päivää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer heading row (its name was carried down to the lines below)</source>
      <translation>asiakkaan otsikkorivi (nimi siirrettiin alla oleville riveille)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer listed twice</source>
      <translation>asiakas listattu kahdesti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>customer names carried down from heading rows</source>
      <translation>asiakasnimet siirretty otsikkoriveiltä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>customer value</source>
      <translation>asiakasarvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>date not readable</source>
      <translation>päivämäärää ei voi lukea</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>days since last purchase</source>
      <translation>päiviä viimeisestä ostosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>deal size</source>
      <translation>kaupan koko</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>delivery</source>
      <translation>toimitus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>derived from {inputs}: each ranked among all customers and scaled to 1-10</source>
      <translation>johdettu tiedoista {inputs}: kukin asetettu järjestykseen kaikkien asiakkaiden kesken ja skaalattu välille 1-10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>discount</source>
      <translation>alennus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>dispute</source>
      <translation>reklamaatio</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>effort {v:.1f}/10</source>
      <translation>työmäärä {v:.1f}/10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>employees</source>
      <translation>henkilöstö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups</source>
      <translation>yhtä suuret ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>equal-sized groups after ranking (ties split by order in the list)</source>
      <translation>yhtä suuret ryhmät järjestyksen mukaan (tasapelit listan järjestyksessä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity</source>
      <translation>arvioitu tapahtumista</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>estimated from activity ({minutes}; staff time at {rate} an hour)</source>
      <translation>arvioitu tapahtumista ({minutes}; henkilökunnan työtunti {rate})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>file {name}</source>
      <translation>tiedosto {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>first run</source>
      <translation>ensimmäinen ajo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>first-time</source>
      <translation>ensikertalainen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>fixed: 1, 2, 3... orders, the top level for more</source>
      <translation>kiinteä: 1, 2, 3... tilausta, ylin taso useammille</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>from the catalogue</source>
      <translation>luettelosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>from the service minutes in the file (customers without them: {label})</source>
      <translation>tiedoston palveluminuuteista (asiakkaat ilman niitä: {label})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender</source>
      <translation>sukupuoli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>gender: </source>
      <translation>sukupuoli: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' looks like a misspelling of '{w}'</source>
      <translation>otsikko '{h}' näyttää kirjoitusvirheeltä sanalle '{w}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' looks like {r}</source>
      <translation>otsikko '{h}' näyttää olevan {r}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>header '{h}' means {r}</source>
      <translation>otsikko '{h}' tarkoittaa: {r}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>header '{h}' reads as {what}</source>
      <translation>otsikko '{h}' tulkitaan: {what}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>high</source>
      <translation>korkea</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>ignored: the sale dates say when each customer last bought</source>
      <translation>ohitettu: myyntipäivistä näkee, milloin kukin asiakas osti viimeksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>in the shop</source>
      <translation>myymälästä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income</source>
      <translation>tulot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income unknown</source>
      <translation>tulot eivät tiedossa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>income {m}</source>
      <translation>tulot {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>industry sector</source>
      <translation>toimiala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has dates and amounts</source>
      <translation>siinä on päivämäärät ja summat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it has the most data</source>
      <translation>siinä on eniten tietoa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>it is a {fmt} export</source>
      <translation>se on {fmt}-vienti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>its name says sales</source>
      <translation>sen nimi viittaa myyntiin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>kept as a second industry code beside '{col}'</source>
      <translation>pidetty toisena toimialakoodina sarakkeen '{col}' rinnalla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought 1 day ago</source>
      <translation>ostanut viimeksi 1 päivä sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought {v:,.0f} days ago</source>
      <translation>ostanut viimeksi {v:,.0f} päivää sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase typically {days} days ago</source>
      <translation>viimeinen osto tyypillisesti {days} päivää sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago</source>
      <translation>viimeisin osto {days} päivää sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last purchase {days} days ago (typical customer: {shop} days ago)</source>
      <translation>viimeinen osto {days} päivää sitten (tyypillinen asiakas: {shop} päivää sitten)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>last seen {days} days ago</source>
      <translation>nähty viimeksi {days} päivää sitten</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage</source>
      <translation>elämänvaihe</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>life stage (age and children at home)</source>
      <translation>elämänvaihe (ikä ja kotona asuvat lapset)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>line</source>
      <translation>tilausrivi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>location</source>
      <translation>sijainti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>looks like the sales: {why}; other sheets: {others}</source>
      <translation>näyttää myynneiltä: {why}; muut taulukot: {others}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>low</source>
      <translation>matala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>low-touch</source>
      <translation>vähän huomiota vaativa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>many small orders</source>
      <translation>monta pientä tilausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>margin</source>
      <translation>kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>margin minus cost to serve</source>
      <translation>kate miinus palvelukulut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>margin {m}</source>
      <translation>kate {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status</source>
      <translation>siviilisääty</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>marital status: </source>
      <translation>siviilisääty: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/forecast.py" />
      <source>medium</source>
      <translation>keskitaso</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet none of your conditions</source>
      <translation>eivät täytä yhtäkään ehdoistasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>meet your own condition</source>
      <translation>täyttävät oman ehtosi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>modified BG/NBD purchase model</source>
      <translation>muokattu BG/NBD-ostomalli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>money per customer over the period '{h}': read as each customer's total spend</source>
      <translation>rahaa asiakasta kohden jaksolla '{h}': luettu kunkin asiakkaan kokonaisostoiksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no amount</source>
      <translation>ei summaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>no date</source>
      <translation>ei päivämäärää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/summary_lists.py" />
      <source>no header, one different text per row: read as the customer's name</source>
      <translation>ei otsikkoa, jokaisella rivillä eri teksti: luettu asiakkaan nimeksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>no one moved</source>
      <translation>kukaan ei siirtynyt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>no orders</source>
      <translation>ei tilauksia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>not a sale (status or type)</source>
      <translation>ei myynti (tila tai tyyppi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not in the data</source>
      <translation>ei tiedoissa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>not known: no cost in the data</source>
      <translation>ei tiedossa: tiedoissa ei ole kuluja</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>not known: set a margin % (no cost in the data)</source>
      <translation>ei tiedossa: aseta kate-% (tiedoissa ei ole kuluja)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>not overdue for them: usually every {gap} days</source>
      <translation>ei myöhässä omaan tahtiinsa nähden: yleensä {gap} päivän välein</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>not seen for a while</source>
      <translation>joita ei ole näkynyt vähään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>not the order number: the same values appear for different customers on different dates (a line number inside the order)</source>
      <translation>ei tilausnumero: samat arvot toistuvat eri asiakkailla eri päivinä (rivinumero tilauksen sisällä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>number of employees</source>
      <translation>henkilöstömäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>numbers per customer: read as spend on '{h}'</source>
      <translation>luvut asiakasta kohden: luettu ostoiksi luokassa '{h}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>occasional</source>
      <translation>satunnainen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>on the web</source>
      <translation>verkosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>only returned goods in this period</source>
      <translation>tällä jaksolla vain palautettuja tavaroita</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>order</source>
      <translation>tilaus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>order refunded in full (no revenue)</source>
      <translation>tilaus hyvitetty kokonaan (ei tuloa)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>orders</source>
      <translation>tilaukset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>other</source>
      <translation>muu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>overdue for them: usually every {gap} days, now {days}</source>
      <translation>myöhässä omaan tahtiinsa nähden: yleensä {gap} päivän välein, nyt {days}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>phone/e-mail order</source>
      <translation>puhelin-/sähköpostitilaus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>pick-up</source>
      <translation>nouto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>refunds</source>
      <translation>hyvitykset</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>regular</source>
      <translation>säännöllinen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>remembered from an earlier file</source>
      <translation>muistettu aiemmasta tiedostosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>report footer or note row</source>
      <translation>raportin alatunniste tai huomautusrivi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>reprice or let go</source>
      <translation>hinnoittele uudelleen tai päästä irti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>return/refund</source>
      <translation>palautus/hyvitys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>revenue</source>
      <translation>myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>row R{r} needs exactly {k} names</source>
      <translation>rivillä R{r} on oltava täsmälleen {k} nimeä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>scores for recency {r}, frequency {f}, spend {m} (of {levels}): {name}</source>
      <translation>pisteet: viimeisin osto {r}, tiheys {f}, rahat {m} (tasoja {levels}): {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>service minutes</source>
      <translation>palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>share one value of the column they are grouped by</source>
      <translation>ryhmittelysarakkeessa on sama arvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/joined.py" />
      <source>sheet '{s}'</source>
      <translation>taulukko '{s}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>sheets {sheets} have the same columns and were read as one table</source>
      <translation>välilehdillä {sheets} on samat sarakkeet, ja ne luettiin yhtenä taulukkona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day} (sales up to {end}): {moves}</source>
      <translation>päivän {day} ajon jälkeen (myynnit {end} asti): {moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>since the run of {day}: {moves}</source>
      <translation>päivän {day} ajon jälkeen: {moves}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>special-occasion</source>
      <translation>erityistilaisuuksien</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>spend</source>
      <translation>ostot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>spent {amount} (typical customer: {shop})</source>
      <translation>käytti {amount} (tyypillinen asiakas: {shop})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>spent {m}</source>
      <translation>käyttänyt {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>split from the order_item columns</source>
      <translation>jaettu order_item-sarakkeista</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>stars</source>
      <translation>tähdet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>support ticket</source>
      <translation>tukipyyntö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>support tickets</source>
      <translation>tukipyynnöt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who bring the next 15% of the total</source>
      <translation>asiakkaat, jotka tuovat seuraavat 15 % kokonaisuudesta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the customers who together bring 80% of the total</source>
      <translation>asiakkaat, jotka tuovat yhdessä 80 % kokonaisuudesta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>the earlier date</source>
      <translation>aiempi päivämäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>the effort score (1-10) given in the data</source>
      <translation>tiedoissa annettu työmääräpiste (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>the file</source>
      <translation>tiedosto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/woo_items.py" />
      <source>the items' totals are used</source>
      <translation>käytetään tuotteiden yhteissummia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>the many customers who together bring the last 5%</source>
      <translation>monet asiakkaat, jotka tuovat yhdessä viimeiset 5 %</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>the margin % setting ({pct}%)</source>
      <translation>kate-%-asetus ({pct} %)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/content_roles.py" />
      <source>the order number: the same on all lines of one purchase, different between purchases</source>
      <translation>tilausnumero: sama kaikilla yhden ostoksen riveillä, eri ostoksilla eri</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>too little data to call anyone lapsed</source>
      <translation>liian vähän tietoja, jotta ketään voisi pitää menetettynä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>total or subtotal row</source>
      <translation>summa- tai välisummarivi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>total per customer</source>
      <translation>yhteensä asiakasta kohden</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical age {a:.0f}</source>
      <translation>tyypillinen ikä {a:.0f}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>typical income {m}</source>
      <translation>tyypilliset tulot {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically 1 order</source>
      <translation>tyypillisesti 1 tilaus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>typically {orders} orders</source>
      <translation>tyypillisesti {orders} tilausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35</source>
      <translation>alle 35-vuotiaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35 with children at home</source>
      <translation>alle 35-vuotiaat, lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>under 35, no children at home</source>
      <translation>alle 35-vuotiaat, ei lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>unknown</source>
      <translation>tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>values are money ({p:.0%} parse)</source>
      <translation>arvot ovat rahaa ({p:.0%} tulkittavissa)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>visit the web site often</source>
      <translation>käyvät usein verkkosivuilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>voided, deleted or draft (never a sale)</source>
      <translation>mitätöity, poistettu tai luonnos (ei koskaan myynti)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_traits.py" />
      <source>were among the best customers, but have not been back for longer than usual</source>
      <translation>olivat parhaita asiakkaita, mutta eivät ole palanneet tavallista pidempään aikaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>what your customers want</source>
      <translation>mitä asiakkaasi haluavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>where they live</source>
      <translation>missä he asuvat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who are new to you</source>
      <translation>jotka ovat sinulle uusia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who bought recently</source>
      <translation>jotka ostivat äskettäin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy a lot of {cat}</source>
      <translation>jotka ostavat paljon: {cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy in few months</source>
      <translation>jotka ostavat harvoina kuukausina</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy little {cat}</source>
      <translation>jotka ostavat vähän: {cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who buy most months</source>
      <translation>jotka ostavat useimpina kuukausina</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who have known you for long</source>
      <translation>jotka ovat tunteneet sinut pitkään</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need a lot of service</source>
      <translation>jotka tarvitsevat paljon palvelua</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who need little service</source>
      <translation>jotka tarvitsevat vähän palvelua</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who order often</source>
      <translation>jotka tilaavat usein</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who seldom order</source>
      <translation>jotka tilaavat harvoin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend a lot</source>
      <translation>jotka käyttävät paljon rahaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>who spend little</source>
      <translation>jotka käyttävät vähän rahaa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>who your customers are</source>
      <translation>keitä asiakkaasi ovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with big baskets</source>
      <translation>isoilla ostoskoreilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with high margins</source>
      <translation>hyvällä katteella</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with small baskets</source>
      <translation>pienillä ostoskoreilla</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>with thin margins</source>
      <translation>ohuella katteella</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>worth the effort</source>
      <translation>vaivan arvoisia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>yearly value x expected years x chance still active (see the customer features)</source>
      <translation>vuosiarvo × odotetut vuodet × todennäköisyys olla yhä aktiivinen (katso asiakasominaisuudet)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>your own groups</source>
      <translation>omat ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>your rating</source>
      <translation>oma arviosi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>your thresholds</source>
      <translation>omat rajasi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{activity} {m} min</source>
      <translation>{activity} {m} min</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{a} and {b} together would make {n} groups, too many to act on; grouped by {a} only (pick the dimensions in Settings).</source>
      <translation>{a} ja {b} yhdessä tekisivät {n} ryhmää, mikä on liikaa käytännön toimiin; ryhmitelty vain: {a} (valitse ulottuvuudet asetuksista).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{a}, {b}</source>
      <translation>{a}, {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{a}; {b}</source>
      <translation>{a}; {b}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>{basis} {amount} ({own} of the total); with the customers who bring more, {cum:.0f}%</source>
      <translation>{basis} {amount} ({own} kokonaisuudesta); yhdessä enemmän tuovien asiakkaiden kanssa {cum:.0f}%</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{cat} buyers</source>
      <translation>Ostajat: {cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is not given</source>
      <translation>{column} puuttuu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/group_by.py" />
      <source>{column} is {value}</source>
      <translation>{column} on {value}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{col} {v}</source>
      <translation>{col} {v}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{col}: </source>
      <translation>{col}: </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{count} ({share})</source>
      <translation>{count} ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} ({share}) · {revenue} of revenue</source>
      <translation>{count} ({share}) · {revenue} myynnistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>{count} customers</source>
      <translation>{count} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{effort} / 10</source>
      <translation>{effort} / 10</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{fmt} column</source>
      <translation>{fmt}-sarake</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{f} unknown</source>
      <translation>{f} tuntematon</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups, as you chose.</source>
      <translation>{k} ryhmää, kuten valitsit.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score among 3 to 8 groups ({s:.2f}); 2 groups would need {m:.2f} more to be chosen.</source>
      <translation>{k} ryhmää: paras pistemäärä 3–8 ryhmän vaihtoehdoista ({s:.2f}); 2 ryhmää tarvitsisi {m:.2f} enemmän tullakseen valituksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{k} groups: the best score of those possible.</source>
      <translation>{k} ryhmää: paras pistemäärä mahdollisista vaihtoehdoista.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{k} small groups ({names}) with {n} customers in all are shown together as '{other}'.</source>
      <translation>{k} pientä ryhmää ({names}), joissa yhteensä {n} asiakasta, näytetään yhdessä nimellä '{other}'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}+ employees</source>
      <translation>{lo}+ työntekijää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{lo}-{hi} employees</source>
      <translation>{lo}-{hi} työntekijää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} on {cat}</source>
      <translation>{m} luokassa {cat}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{m} per order</source>
      <translation>{m} tilausta kohden</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>{n:,} customers</source>
      <translation>{n:,} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others {trait}{facts}.</source>
      <translation>{name} ja {n} muuta {trait}{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name} and {n} others: {rule}{facts}.</source>
      <translation>{name} ja {n} muuta: {rule}{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought once so far.</source>
      <translation>{name} on ostanut toistaiseksi kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times in the {days} days of data.</source>
      <translation>{name} on ostanut {orders} kertaa tietojen {days} päivän aikana.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times, typically {per_year} times a year.</source>
      <translation>{name} on ostanut {orders} kertaa, tyypillisesti {per_year} kertaa vuodessa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times.</source>
      <translation>{name} on ostanut {orders} kertaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has only returned things so far.</source>
      <translation>{name} on toistaiseksi vain palauttanut tavaroita.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} is one of your customers.</source>
      <translation>{name} on yksi asiakkaistasi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{name} {qualifier}</source>
      <translation>{name}, {qualifier}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s firm</source>
      <translation>Käyttäjän {name} yritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name}'s group is split: {share} have bought once, the others typically {orders} times.</source>
      <translation>Ryhmä, johon {name} kuuluu, jakautuu: {share} on ostanut kerran, muut tyypillisesti {orders} kertaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{name}'s group{facts}.</source>
      <translation>Asiakkaan {name} ryhmä{facts}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>{n} NUL characters inside fields were dropped.</source>
      <translation>{n} NUL-merkkiä kenttien sisältä poistettiin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} cost more than they bring</source>
      <translation>{n} maksaa enemmän kuin tuo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} costs more than it brings</source>
      <translation>{n} maksaa enemmän kuin tuo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} customers appear more than once in the list; the first row of each is used.</source>
      <translation>{n} asiakasta esiintyy listassa useammin kuin kerran; kunkin ensimmäistä riviä käytetään.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have a marital status that isn't one ({values}); it counts as unknown.</source>
      <translation>{n} asiakkaalla on siviilisääty, joka ei ole kelvollinen ({values}); se lasketaan tuntemattomaksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} customers have an age that can't be right ({word}); their age counts as unknown.</source>
      <translation>{n} asiakkaalla on ikä, joka ei voi pitää paikkaansa ({word}); heidän ikänsä lasketaan tuntemattomaksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} customers in the sales are not in the customer list.</source>
      <translation>{n} myyntien asiakasta ei ole asiakaslistassa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers moved up from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} asiakasta nousi ryhmästä {a} ryhmään {b}; he olivat ostaneet {money} edestä {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} customers on the customer list have no sales in this period and are left out.</source>
      <translation>{n} asiakaslistan asiakkaalla ei ole myyntiä tällä jaksolla, ja heidät jätetään pois.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers only returned goods in this period and are shown as '{name}'.</source>
      <translation>{n} asiakasta vain palautti tavaroita tällä jaksolla, ja heidät näytetään nimellä '{name}'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers slipped from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} asiakasta putosi ryhmästä {a} ryhmään {b}; he olivat ostaneet {money} edestä {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} customers went from {a} to {b}; they had spent {money} by {day}.</source>
      <translation>{n} asiakasta siirtyi ryhmästä {a} ryhmään {b}; he olivat ostaneet {money} edestä {day} mennessä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/rhythm.py" />
      <source>{n} customers were placed by their own buying rhythm as well as by the recency score: 'overdue' means much longer than their usual gap between orders.</source>
      <translation>{n} asiakasta sijoitettiin sekä oman ostorytminsä että viimeisimmän oston pisteiden perusteella: 'myöhässä' tarkoittaa selvästi pidempää aikaa kuin heidän tavallinen tilausvälinsä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{n} customers without a purchase date or order count are shown as '{name}'.</source>
      <translation>{n} asiakasta ilman ostopäivää tai tilausmäärää näytetään nimellä '{name}'.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} dates in column '{col}' can't be read; those rows were left out.</source>
      <translation>{n} päivämäärää sarakkeessa '{col}' ei voi lukea; ne rivit jätettiin pois.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/several.py" />
      <source>{n} files were read together; {k} lines were also in an earlier file and were counted once.</source>
      <translation>{n} tiedostoa luettiin yhdessä; {k} riviä oli myös aiemmassa tiedostossa, ja ne laskettiin vain kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/demographic.py" />
      <source>{n} incomes can't be right ({values}) and count as unknown.</source>
      <translation>{n} tulotietoa ei voi olla oikein ({values}), joten ne lasketaan tuntemattomiksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines are exact copies of an earlier line. They were kept (two identical sales are possible); check the export if that is unexpected.</source>
      <translation>{n} riviä on tarkkoja kopioita aiemmasta rivistä. Ne pidettiin (kaksi samanlaista myyntiä on mahdollista); tarkista vienti, jos tämä on odottamatonta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/statuses.py" />
      <source>{n} lines are of orders marked {values}: they are counted as sales, but may still change.</source>
      <translation>{n} riviä kuuluu tilauksiin, joiden tila on {values}: ne lasketaan myynneiksi, mutta ne voivat vielä muuttua.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines have no customer (walk-in or guest); they are kept and counted, not joined into one customer.</source>
      <translation>{n} rivillä ei ole asiakasta (satunnainen tai vierasostaja); ne pidetään ja lasketaan, mutta niitä ei yhdistetä yhdeksi asiakkaaksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/order_lines.py" />
      <source>{n} lines left the customer blank; they were given the customer of the other lines of the same order.</source>
      <translation>{n} riviltä puuttui asiakas; niille annettiin saman tilauksen muiden rivien asiakas.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} lines were on two sheets (overlapping periods) and are counted once.</source>
      <translation>{n} riviä oli kahdella välilehdellä (päällekkäiset jaksot), ja ne lasketaan kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} moved to {segment}</source>
      <translation>{n} siirtyi ryhmään {segment}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{n} new</source>
      <translation>{n} uutta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/compare.py" />
      <source>{n} new customers came after {day}.</source>
      <translation>{n} uutta asiakasta tuli päivän {day} jälkeen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers are profitable</source>
      <translation>{n} näistä asiakkaista on kannattavia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{n} of these customers is profitable</source>
      <translation>{n} näistä asiakkaista on kannattava</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} orders had their items packed in order_item columns; they were split into {k} lines, one per item.</source>
      <translation>{n} tilauksen tuotteet oli pakattu order_item-sarakkeisiin; ne jaettiin {k} riviksi, yksi kutakin tuotetta kohden.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{n} places and 3 deal sizes would make too many groups; grouped by deal size (choose location in Settings).</source>
      <translation>{n} sijaintia ja 3 kaupan kokoa tekisivät liian monta ryhmää; ryhmitelty kaupan koon mukaan (valitse sijainti asetuksista).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines after the analysis date {day} are left out.</source>
      <translation>{n} myyntiriviä analyysipäivän {day} jälkeen jätetään pois.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines have no cost; their margin is estimated at the average rate of the others ({pct:.0f}%).</source>
      <translation>{n} myyntirivillä ei ole kulua; niiden kate arvioidaan muiden keskimääräisellä tasolla ({pct:.0f}%).</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>{n} sales lines without a customer (walk-ins or guests, {amount} in total) are counted in the import but left out of the customer analysis.</source>
      <translation>{n} myyntiriviä ilman asiakasta (satunnaiset tai vierasostajat, yhteensä {amount}) lasketaan tuonnissa, mutta jätetään asiakasanalyysin ulkopuolelle.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} title rows above the header were skipped.</source>
      <translation>{n} otsikkorivin yläpuolista nimiriviä ohitettiin.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} (typical customer: {shop})</source>
      <translation>{orders} (tyypillinen asiakas: {shop})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{orders} orders</source>
      <translation>{orders} tilausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are dates</source>
      <translation>{p:.0%} arvoista on päivämääriä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>{p:.0%} of values are e-mail addresses</source>
      <translation>{p:.0%} arvoista on sähköpostiosoitteita</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/list_personas.py" />
      <source>{pct:.0f}% with children at home</source>
      <translation>{pct:.0f} %:lla lapsia kotona</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} bought on a deal</source>
      <translation>{pct} ostoista tarjoushintaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{pct} of purchases {where}</source>
      <translation>{pct} ostoista {where}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/forecast.py" />
      <source>{period} (to {end}) we would have forecast {forecast:,.0f} orders from the customers we already had; there were {actual:,.0f}.</source>
      <translation>{period} ({end} asti) olisimme ennustaneet jo olemassa olleilta asiakkailta {forecast:,.0f} tilausta; niitä tuli {actual:,.0f}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only 1 customer in '{name}')</source>
      <translation>{reason} (yhdistetty ryhmään '{other}': ryhmässä '{name}' vain 1 asiakas)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only {count} customers in '{name}')</source>
      <translation>{reason} (ryhmitelty nimellä '{other}': vain {count} asiakasta ryhmässä '{name}')</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>{reason}; {why}</source>
      <translation>{reason}; {why}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}. </source>
      <translation>{rule}. </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segment_why.py" />
      <source>{rule}: {ranges}</source>
      <translation>{rule}: {ranges}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: segment</source>
      <translation>{scheme}: ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>{scheme}: why</source>
      <translation>{scheme}: miksi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/clients_book.py" />
      <source>{segment} {pct} %</source>
      <translation>{segment} {pct} %</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{share} {kind}</source>
      <translation>{share} {kind}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{src} joined on customer</source>
      <translation>{src} yhdistetty asiakkaan mukaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/project.py" />
      <source>{start} to {end}</source>
      <translation>{start}–{end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code} is not in any sector</source>
      <translation>{system}-koodi {code} ei kuulu mihinkään toimialaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code}: {sector}</source>
      <translation>{system}-koodi {code}: {sector}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{this} (typical customer: {all})</source>
      <translation>{this} (tyypillinen asiakas: {all})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/cost_to_serve.py" />
      <source>{title} ({how})</source>
      <translation>{title} ({how})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{v:,.0f} orders</source>
      <translation>{v:,.0f} tilausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (estimated from activity)</source>
      <translation>{value} (arvioitu tapahtumista)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/service_advice.py" />
      <source>{value} (your rating)</source>
      <translation>{value} (oma arviosi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{value} ({share})</source>
      <translation>{value} ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/needs.py" />
      <source>{v} visits a month ({col})</source>
      <translation>{v} käyntiä kuukaudessa ({col})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{word}: {v}</source>
      <translation>{word}: {v}</translation>
    </message>
  </context>
  <context>
    <name>export_done</name>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>CSV file (*.csv)</source>
      <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>Choose another folder or file name.</source>
      <translation>Valitse toinen kansio tai tiedostonimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list could not be saved: {error}</source>
      <translation>Listaa ei voitu tallentaa: {error}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/export_done.py" />
      <source>The list was saved to {path}.</source>
      <translation>Lista tallennettiin: {path}.</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>(your rating)</source>
      <translation>(oma arviosi)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>*Effort and cost to serve {how}</source>
      <translation>*Työmäärä ja palvelukulut: {how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Automatic groups</source>
      <translation>Automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Average order</source>
      <translation>Keskiostos</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Buying behaviour</source>
      <translation>Ostokäyttäytyminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check that you may write to that folder.</source>
      <translation>Tarkista, että sinulla on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Check the printer is ready, or that you may write to the folder.</source>
      <translation>Tarkista, että tulostin on valmis tai että sinulla on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Chinese or Japanese</source>
      <translation>kiinan- tai japaninkielistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Choose another name for the PDF.</source>
      <translation>Valitse PDF:lle toinen nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Company type</source>
      <translation>Yritystyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Cost to serve {how}</source>
      <translation>Palvelukulut: {how}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments</source>
      <translation>Asiakasryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer segments - {file}</source>
      <translation>Asiakasryhmät - {file}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customer value</source>
      <translation>Asiakasarvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort</source>
      <translation>Työmäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Effort*</source>
      <translation>Työmäärä*</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Favourites</source>
      <translation>Suosikit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <source>Favourites:</source>
      <translation>Suosikit:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>Forecast</source>
      <translation>Ennuste</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/forecast_page.py" />
      <source>In the next {days} days, the customers you have are expected to place about {orders} orders worth about {revenue}.</source>
      <translation>Seuraavien {days} päivän aikana nykyisten asiakkaidesi odotetaan tekevän noin {orders} tilausta, arvoltaan noin {revenue}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Install a CJK font (on Linux the package fonts-noto-cjk, 'Noto Sans CJK'), or print the report in English or Finnish.</source>
      <translation>Asenna CJK-fontti (Linuxissa paketti fonts-noto-cjk, 'Noto Sans CJK') tai tulosta raportti englanniksi tai suomeksi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Key figures</source>
      <translation>Tunnusluvut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>Korean</source>
      <translation>koreankielistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin</source>
      <translation>Kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin estimated at {pct}% of sales</source>
      <translation>Kate arvioitu {pct} %:ksi myynnistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Margin from the cost in the file</source>
      <translation>Kate laskettu tiedoston kuluista</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>No cost in the file, so margin is not known</source>
      <translation>Tiedostossa ei ole kuluja, joten katetta ei tiedetä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Not in this report: {scheme} - {reason}</source>
      <translation>Ei tässä raportissa: {scheme} - {reason}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Page {page} of {pages}</source>
      <translation>Sivu {page}/{pages}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Period: {start} to {end}</source>
      <translation>Ajanjakso: {start}–{end}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Persona</source>
      <translation>Henkilö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Print preview</source>
      <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Profit after service</source>
      <translation>Tulos palvelukulujen jälkeen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Run the analysis first.</source>
      <translation>Tee ensin analyysi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · 1 customer ({share})</source>
      <translation>Ryhmä: {segment} · 1 asiakas ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Segment: {segment} · {n} customers ({share})</source>
      <translation>Ryhmä: {segment} · {n} asiakasta ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Service effort</source>
      <translation>Palvelun työmäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share</source>
      <translation>Osuus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Share of all customers, revenue and margin</source>
      <translation>Osuus kaikista asiakkaista, myynnistä ja katteesta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The PDF could not be written.</source>
      <translation>PDF:ää ei voitu kirjoittaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The folder for the report doesn't exist.</source>
      <translation>Raportin kansiota ei ole olemassa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The printer or PDF file stopped taking pages.</source>
      <translation>Tulostin tai PDF-tiedosto lakkasi ottamasta vastaan sivuja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report can't be written over the file the data came from.</source>
      <translation>Raporttia ei voi kirjoittaa sen tiedoston päälle, josta tiedot tulivat.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>The report could not be started on this printer or file.</source>
      <translation>Raporttia ei voitu aloittaa tällä tulostimella tai tiedostolla.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/cjk_fonts.py" />
      <source>The report is in {script}, but this computer has no font for those letters, so it would print empty boxes.</source>
      <translation>Raportissa on {script} tekstiä, mutta tällä tietokoneella ei ole fonttia näille kirjaimille, joten ne tulostuisivat tyhjinä ruutuina.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>There are no segments to print yet.</source>
      <translation>Tulostettavia ryhmiä ei vielä ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>To see which segments take more of your time than they bring, add a column with service minutes, support tickets or an effort score (1-10); the effort-vs-margin chart then appears here.</source>
      <translation>Nähdäksesi, mitkä ryhmät vievät enemmän aikaasi kuin tuovat, lisää sarake, jossa on palveluminuutit, tukipyynnöt tai työmääräpisteet (1-10); työmäärä vs. kate -kaavio näkyy silloin tässä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>Typically: {x}</source>
      <translation>Tyypillisesti: {x}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/compact_card.py" />
      <location filename="../../desktopseg/report/render.py" />
      <source>What to do</source>
      <translation>Mitä tehdä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} customers</source>
      <translation>{n} asiakasta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{n} sales lines</source>
      <translation>{n} myyntiriviä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>{x} of 10</source>
      <translation>{x}/10</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Age</source>
      <translation>Ikä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Amount (line total)</source>
      <translation>Summa (rivin yhteissumma)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Category</source>
      <translation>Tuoteryhmä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Channel (in store, online…)</source>
      <translation>Kanava (myymälä, verkko…)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>City</source>
      <translation>Kaupunki</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company</source>
      <translation>Yritys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company revenue</source>
      <translation>Yrityksen liikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Cost</source>
      <translation>Kulu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Country</source>
      <translation>Maa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer ID</source>
      <translation>Asiakasnumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer name</source>
      <translation>Asiakkaan nimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer type</source>
      <translation>Asiakastyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date joined</source>
      <translation>Liittymispäivä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Date of sale</source>
      <translation>Myyntipäivä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Days since last purchase</source>
      <translation>Päiviä viimeisestä ostosta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Discount</source>
      <translation>Alennus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>E-mail</source>
      <translation>Sähköposti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Employees</source>
      <translation>Henkilöstö</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First name</source>
      <translation>Etunimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>First purchase</source>
      <translation>Ensimmäinen osto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Gender</source>
      <translation>Sukupuoli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>How they found you</source>
      <translation>Miten he löysivät sinut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry</source>
      <translation>Toimiala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Industry code (SIC/NAICS)</source>
      <translation>Toimialakoodi (SIC/NAICS)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last name</source>
      <translation>Sukunimi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Last purchase</source>
      <translation>Viimeisin osto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Location / store</source>
      <translation>Sijainti / myymälä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Margin</source>
      <translation>Kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Number of orders</source>
      <translation>Tilausten määrä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Order / invoice number</source>
      <translation>Tilaus- / laskunumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Phone</source>
      <translation>Puhelin</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Postcode</source>
      <translation>Postinumero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Product</source>
      <translation>Tuote</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Purchases through a channel</source>
      <translation>Ostot kanavan kautta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Quantity</source>
      <translation>Määrä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Region</source>
      <translation>Alue</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Sale or refund</source>
      <translation>Myynti vai hyvitys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service effort (1–10)</source>
      <translation>Palvelun työmäärä (1–10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Service minutes</source>
      <translation>Palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Spend on a category</source>
      <translation>Ostot tuoteryhmässä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Support tickets</source>
      <translation>Tukipyynnöt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Tax</source>
      <translation>Vero</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Time of sale</source>
      <translation>Myyntiaika</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Total spend</source>
      <translation>Ostot yhteensä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Unit price</source>
      <translation>Yksikköhinta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Year founded</source>
      <translation>Perustamisvuosi</translation>
    </message>
  </context>
  <context>
    <name>schemes</name>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Automatic groups</source>
      <translation>Automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Buying behaviour</source>
      <translation>Ostokäyttäytyminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Company type</source>
      <translation>Yritystyyppi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Customer value</source>
      <translation>Asiakasarvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>What they want</source>
      <translation>Mitä he haluavat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Who they are</source>
      <translation>Keitä he ovat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/common.py" />
      <source>Your own groups</source>
      <translation>Omat ryhmät</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>DesktopSeg closed unexpectedly last time. Open the work it saved automatically?

{details}</source>
      <translation>DesktopSeg sulkeutui viime kerralla odottamatta. Avataanko sen automaattisesti tallentama työ?

{details}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/app.py" />
      <source>Recover your work?</source>
      <translation>Palautetaanko työsi?</translation>
    </message>
  </context>
</TS>
