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
    <name>CustomersDialog</name>
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
      <source>CSV file (*.csv)</source>
      <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/buckets_view.py" />
      <source>Choose another folder or file name.</source>
      <translation>Valitse toinen kansio tai tiedostonimi.</translation>
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
      <source>The list could not be saved: {error}</source>
      <translation>Listaa ei voitu tallentaa: {error}</translation>
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
    <name>ImportPreviewPage</name>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>(not used)</source>
      <translation>(ei käytössä)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/import_preview.py" />
      <source>&lt;b&gt;Please check:&lt;/b&gt; these dates could be day-first or month-first; {read}</source>
      <translation>&lt;b&gt;Tarkista:&lt;/b&gt; päivämäärät voivat olla joko päivä- tai kuukausi edellä; {read}</translation>
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
      <source>Save your changes?</source>
      <translation>Tallennetaanko muutokset?</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Saved to {path}</source>
      <translation>Tallennettu: {path}</translation>
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
      <source>The new language is used from the next time DesktopSeg starts.</source>
      <translation>Uusi kieli otetaan käyttöön, kun DesktopSeg käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Written to {path}</source>
      <translation>Kirjoitettu: {path}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/main_window.py" />
      <source>Your persona names, notes or settings have changed. Save the project before closing?</source>
      <translation>Henkilöiden nimet, muistiinpanot tai asetukset ovat muuttuneet. Tallennetaanko projekti ennen sulkemista?</translation>
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
      <source>Charts</source>
      <translation>Kaaviot</translation>
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
    <name>SettingsPanel</name>
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
      <source>Days since last purchase:</source>
      <translation>Päiviä viimeisestä ostosta:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Fold groups smaller than:</source>
      <translation>Yhdistä ryhmät, jotka ovat pienempiä kuin:</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>How many score levels for recency, frequency and money (5 is usual; fewer for small files)</source>
      <translation>Montako pistetasoa viimeisimmälle ostolle, tiheydelle ja rahalle (yleensä 5; pienille tiedostoille vähemmän)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Industry sector</source>
      <translation>Toimiala</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Location</source>
      <translation>Sijainti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Margin when costs are unknown:</source>
      <translation>Kate, kun kuluja ei tiedetä:</translation>
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
      <source>When your file has no cost column, margin is estimated as this share of sales.</source>
      <translation>Kun tiedostossa ei ole kulusaraketta, kate arvioidaan tänä osuutena myynnistä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>Your file has costs, so margins are exact.</source>
      <translation>Tiedostossasi on kulut, joten katteet ovat tarkkoja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/gui/settings_panel.py" />
      <source>not set</source>
      <translation>ei asetettu</translation>
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
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source> and </source>
      <translation> ja </translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>'{col}' is in hours; it was turned into minutes.</source>
      <translation>'{col}' on tunteina; se muutettiin minuuteiksi.</translation>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>A regular: buys in most months.</source>
      <translation>Vakioasiakas: ostaa useimpina kuukausina.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>About to Sleep</source>
      <translation>Hiipumassa</translation>
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
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Administrative and Support and Waste Management</source>
      <translation>Hallinto- ja tukipalvelut sekä jätehuolto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Age</source>
      <translation>Ikä</translation>
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
      <location filename="../../desktopseg/core/pipeline.py" />
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Analysing</source>
      <translation>Analysoidaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Annual revenue</source>
      <translation>Vuosiliikevaihto</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Arts, Entertainment, and Recreation</source>
      <translation>Taiteet, viihde ja virkistys</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Ask for a second purchase: a reminder with something that goes with their first buy.</source>
      <translation>Pyydä toista ostoa: muistutus jostakin, joka sopii ensimmäisen ostoksen kanssa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>At Risk</source>
      <translation>Vaarassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Automatic groups</source>
      <translation>Automaattiset ryhmät</translation>
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
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought little, long ago.</source>
      <translation>Ostivat vähän, kauan sitten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Bought once, not back yet</source>
      <translation>Ostanut kerran, ei vielä palannut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought once, {days} days ago, spent {spent}: R{r} F{f} M{m} -&gt; {name}</source>
      <translation>Ostanut kerran, {days} päivää sitten, käyttänyt {spent}: R{r} F{f} M{m} -&gt; {name}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Bought recently, buy often and spend the most.</source>
      <translation>Ostivat äskettäin, ostavat usein ja käyttävät eniten.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Bought {orders} times, last {days} days ago, spent {spent}: R{r} F{f} M{m} -&gt; {name}</source>
      <translation>Ostanut {orders} kertaa, viimeksi {days} päivää sitten, käyttänyt {spent}: R{r} F{f} M{m} -&gt; {name}</translation>
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
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Can't Lose Them</source>
      <translation>Ei saa menettää</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>Champions</source>
      <translation>Mestarit</translation>
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
      <location filename="../../desktopseg/core/importer/__init__.py" />
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Choose another name for the export.</source>
      <translation>Valitse viennille toinen nimi.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>Choose another name; projects end in {suffix}.</source>
      <translation>Valitse toinen nimi; projektien pääte on {suffix}.</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Compared with the typical customer: {bits}.</source>
      <translation>Tyypilliseen asiakkaaseen verrattuna: {bits}.</translation>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>Costs more than they bring</source>
      <translation>Maksaa enemmän kuin tuo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Country</source>
      <translation>Maa</translation>
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
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customer value</source>
      <translation>Asiakasarvo</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Customers</source>
      <translation>Asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>Customers grouped by {dims}.</source>
      <translation>Asiakkaat ryhmitelty: {dims}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>Customers who cost more than they bring (negative {basis}).</source>
      <translation>Asiakkaat, jotka maksavat enemmän kuin tuovat (negatiivinen {basis}).</translation>
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
      <location filename="../../desktopseg/core/importer/read.py" />
      <source>Download or export it again, then open the new copy.</source>
      <translation>Lataa tai vie se uudelleen ja avaa uusi kopio.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>E-mail</source>
      <translation>Sähköposti</translation>
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
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Every customer has the same {dim} value, so all get the middle score.</source>
      <translation>Kaikilla asiakkailla on sama {dim}-arvo, joten kaikki saavat keskimmäisen pisteen.</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Gender</source>
      <translation>Sukupuoli</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Has drifted away</source>
      <translation>On ajautunut pois</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
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
      <location filename="../../desktopseg/core/project.py" />
      <source>If you have a copy or an autosave of it, open that; otherwise import the spreadsheet again.</source>
      <translation>Jos sinulla on siitä kopio tai automaattitallennus, avaa se; muuten tuo taulukko uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>In '{name}': {vals}</source>
      <translation>Kohteessa '{name}': {vals}</translation>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>Just getting to know you</source>
      <translation>Vasta tutustumassa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Keep the service but make it lighter: one named contact, a standard order list, fewer special trips.</source>
      <translation>Pidä palvelu, mutta kevennä sitä: yksi nimetty yhteyshenkilö, vakiotilauslista, vähemmän erikoiskäyntejä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Lapsed customers</source>
      <translation>Menetetyt asiakkaat</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Last name</source>
      <translation>Sukunimi</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/core/features.py" />
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
      <location filename="../../desktopseg/core/data/rfm_grid.json" />
      <source>New</source>
      <translation>Uudet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Newcomers</source>
      <translation>Uudet asiakkaat</translation>
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
      <location filename="../../desktopseg/core/features.py" />
      <source>No customers were found in this file.</source>
      <translation>Tiedostosta ei löytynyt asiakkaita.</translation>
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
      <source>Not run</source>
      <translation>Ei ajettu</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Note</source>
      <translation>Huomautus</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>Only refunds, no purchases, in this period</source>
      <translation>Tällä jaksolla vain hyvityksiä, ei ostoja</translation>
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
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Opening project</source>
      <translation>Avataan projektia</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Orders per year</source>
      <translation>Tilauksia vuodessa</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Overdue (x usual gap)</source>
      <translation>Myöhässä (× tavallinen väli)</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Phone</source>
      <translation>Puhelin</translation>
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
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <source>Professional, Scientific, and Technical Services</source>
      <translation>Ammatillinen, tieteellinen ja tekninen toiminta</translation>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Rare buyers</source>
      <translation>Harvoin ostavat</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>Remind them before they drift: a message around the time they usually reorder.</source>
      <translation>Muistuta ennen kuin he katoavat: viesti siihen aikaan, kun he yleensä tilaavat uudelleen.</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Revenue</source>
      <translation>Myynti</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>Revenue is the sum of the spend columns ({cols}).</source>
      <translation>Myynti on ostosarakkeiden ({cols}) summa.</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>Run an analysis first.</source>
      <translation>Tee ensin analyysi.</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <location filename="../../desktopseg/core/personas.py" />
      <source>Service effort</source>
      <translation>Palvelun työmäärä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service effort (1-10)</source>
      <translation>Palvelun työmäärä (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Service effort about {effort} out of 10.</source>
      <translation>Palvelun työmäärä noin {effort}/10.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Service effort vs. margin</source>
      <translation>Palvelun työmäärä vs. kate</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>Service minutes</source>
      <translation>Palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Services</source>
      <translation>Palvelut</translation>
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
      <source>Spends about {amount} an order.</source>
      <translation>Käyttää noin {amount} tilausta kohden.</translation>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>Stop discounting: they come anyway; keep offers for people who need a nudge.</source>
      <translation>Lopeta alennukset: he tulevat joka tapauksessa; säästä tarjoukset niille, jotka tarvitsevat tönäisyn.</translation>
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
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>Text encoding: {enc}.</source>
      <translation>Merkistö: {enc}.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>The amount column '{col}' holds no numbers.</source>
      <translation>Summasarakkeessa '{col}' ei ole lukuja.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>The clustering reported: {msg}</source>
      <translation>Klusterointi ilmoitti: {msg}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>The cost column looks like cost per unit, so it was multiplied by the quantity of each line.</source>
      <translation>Kulusarake näyttää yksikkökohtaiselta kulta, joten se kerrottiin kunkin rivin määrällä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
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
      <location filename="../../desktopseg/core/charts.py" />
      <source>There is no positive total to share out yet.</source>
      <translation>Jaettavaa positiivista kokonaismäärää ei vielä ole.</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/core/project.py" />
      <source>This project file is damaged and can't be opened.</source>
      <translation>Tämä projektitiedosto on vioittunut eikä sitä voi avata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/project.py" />
      <source>This project was saved by a newer version of DesktopSeg.</source>
      <translation>Tämä projekti on tallennettu DesktopSegin uudemmalla versiolla.</translation>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>Typical customers</source>
      <translation>Tyypilliset asiakkaat</translation>
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
      <location filename="../../desktopseg/core/export.py" />
      <source>What it is</source>
      <translation>Mikä se on</translation>
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
      <location filename="../../desktopseg/core/data/naics_sectors.json" />
      <location filename="../../desktopseg/core/data/sic_divisions.json" />
      <source>Wholesale Trade</source>
      <translation>Tukkukauppa</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Win them back: a personal note or call with a good reason to return.</source>
      <translation>Voita heidät takaisin: henkilökohtainen viesti tai soitto ja hyvä syy palata.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/charts.py" />
      <source>Worth the effort</source>
      <translation>Vaivan arvoiset</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/gui/jobs.py" />
      <source>Writing the report</source>
      <translation>Kirjoitetaan raporttia</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>Your best customers: often, recently, generously</source>
      <translation>Parhaat asiakkaasi: usein, äskettäin, reilusti</translation>
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
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>automatic groups</source>
      <translation>automaattiset ryhmät</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>blank row</source>
      <translation>tyhjä rivi</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>bought in {v:.0f} of the last 12 months</source>
      <translation>ostanut {v:.0f} kuukautena viimeisistä 12:sta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/pipeline.py" />
      <source>buying behaviour</source>
      <translation>ostokäyttäytyminen</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>cell R{r} FM{fm} has the unknown name '{name}'</source>
      <translation>solussa R{r} FM{fm} on tuntematon nimi '{name}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
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
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>customer file {name}</source>
      <translation>asiakastiedosto {name}</translation>
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
      <location filename="../../desktopseg/core/features.py" />
      <source>derived from {inputs}: each ranked among all customers and scaled to 1-10</source>
      <translation>johdettu tiedoista {inputs}: kukin asetettu järjestykseen kaikkien asiakkaiden kesken ja skaalattu välille 1-10</translation>
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
      <location filename="../../desktopseg/core/features.py" />
      <source>high</source>
      <translation>korkea</translation>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>last bought {v:,.0f} days ago</source>
      <translation>ostanut viimeksi {v:,.0f} päivää sitten</translation>
    </message>
    <message>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>margin {m}</source>
      <translation>kate {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>medium</source>
      <translation>keskitaso</translation>
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
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>not seen for a while</source>
      <translation>joita ei ole näkynyt vähään aikaan</translation>
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
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>other</source>
      <translation>muu</translation>
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
      <location filename="../../desktopseg/core/features.py" />
      <source>service minutes</source>
      <translation>palveluminuutit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>sheet '{s}'</source>
      <translation>taulukko '{s}'</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>special-occasion</source>
      <translation>erityistilaisuuksien</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>spent {m}</source>
      <translation>käyttänyt {m}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <location filename="../../desktopseg/core/segmentation/value.py" />
      <source>stars</source>
      <translation>tähdet</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>support tickets</source>
      <translation>tukipyynnöt</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/features.py" />
      <source>the effort score (1-10) given in the data</source>
      <translation>tiedoissa annettu työmääräpiste (1-10)</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/export.py" />
      <source>the margin % setting ({pct}%)</source>
      <translation>kate-%-asetus ({pct} %)</translation>
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
      <location filename="../../desktopseg/core/importer/roles.py" />
      <source>values are money ({p:.0%} parse)</source>
      <translation>arvot ovat rahaa ({p:.0%} tulkittavissa)</translation>
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
      <location filename="../../desktopseg/core/segmentation/behavioral.py" />
      <source>your thresholds</source>
      <translation>omat rajasi</translation>
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
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought once so far.</source>
      <translation>{name} on ostanut toistaiseksi kerran.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{name} has bought {orders} times, about {per_year} times a year.</source>
      <translation>{name} on ostanut {orders} kertaa, noin {per_year} kertaa vuodessa.</translation>
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
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} customers appear more than once in the list; the first row of each is used.</source>
      <translation>{n} asiakasta esiintyy listassa useammin kuin kerran; kunkin ensimmäistä riviä käytetään.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/__init__.py" />
      <source>{n} customers in the sales are not in the customer list.</source>
      <translation>{n} myyntien asiakasta ei ole asiakaslistassa.</translation>
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
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines are exact copies of an earlier line. They were kept (two identical sales are possible); check the export if that is unexpected.</source>
      <translation>{n} riviä on tarkkoja kopioita aiemmasta rivistä. Ne pidettiin (kaksi samanlaista myyntiä on mahdollista); tarkista vienti, jos tämä on odottamatonta.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/importer/clean.py" />
      <source>{n} lines have no customer (walk-in or guest); they are kept and counted, not joined into one customer.</source>
      <translation>{n} rivillä ei ole asiakasta (satunnainen tai vierasostaja); ne pidetään ja lasketaan, mutta niitä ei yhdistetä yhdeksi asiakkaaksi.</translation>
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
      <location filename="../../desktopseg/core/segmentation/common.py" />
      <source>{reason} (grouped into '{other}': only {count} customers in '{name}')</source>
      <translation>{reason} (ryhmitelty nimellä '{other}': vain {count} asiakasta ryhmässä '{name}')</translation>
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
      <source>{system} code {code} -&gt; {sector}</source>
      <translation>{system}-koodi {code} -&gt; {sector}</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/industry.py" />
      <source>{system} code {code} is not in any sector</source>
      <translation>{system}-koodi {code} ei kuulu mihinkään toimialaan</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{this} (typical customer: {all})</source>
      <translation>{this} (tyypillinen asiakas: {all})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/clusters.py" />
      <source>{v:,.0f} orders</source>
      <translation>{v:,.0f} tilausta</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/personas.py" />
      <source>{value} ({share})</source>
      <translation>{value} ({share})</translation>
    </message>
    <message>
      <location filename="../../desktopseg/core/segmentation/firmographic.py" />
      <source>{word}: {v}</source>
      <translation>{word}: {v}</translation>
    </message>
  </context>
  <context>
    <name>report</name>
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
      <location filename="../../desktopseg/report/render.py" />
      <source>Chinese</source>
      <translation>kiinankielistä</translation>
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
      <source>Favourites</source>
      <translation>Suosikit</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Install a font such as Noto Sans CJK (on Linux: the fonts-noto-cjk package), or switch the language to English and print again.</source>
      <translation>Asenna fontti, kuten Noto Sans CJK (Linuxissa paketti fonts-noto-cjk), tai vaihda kieleksi englanti ja tulosta uudelleen.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Japanese</source>
      <translation>japaninkielistä</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Key figures</source>
      <translation>Tunnusluvut</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
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
      <location filename="../../desktopseg/report/render.py" />
      <source>There are no segments to print yet.</source>
      <translation>Tulostettavia ryhmiä ei vielä ole.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>This report has {script} text, but this computer has no font that can print it.</source>
      <translation>Raportissa on {script} tekstiä, mutta tässä tietokoneessa ei ole fonttia, jolla sen voi tulostaa.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>To see which segments take more of your time than they bring, add a column with service minutes, support tickets or an effort score (1-10); the effort-vs-margin chart then appears here.</source>
      <translation>Nähdäksesi, mitkä ryhmät vievät enemmän aikaasi kuin tuovat, lisää sarake, jossa on palveluminuutit, tukipyynnöt tai työmääräpisteet (1-10); työmäärä vs. kate -kaavio näkyy silloin tässä.</translation>
    </message>
    <message>
      <location filename="../../desktopseg/report/render.py" />
      <source>Typically: {x}</source>
      <translation>Tyypillisesti: {x}</translation>
    </message>
    <message>
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
      <source>Date of sale</source>
      <translation>Myyntipäivä</translation>
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
