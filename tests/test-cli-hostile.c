/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli against hostile input (issue 15): one row per case found
 * by the reliability review, with the exit status expected and the text
 * the message must hold (the option or key it names). Each of these was
 * accepted, misread or crashed before. */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ps-test-utils.h"

static char *dir;

/* "@name" in a row stands for the file @name in the test's folder */
static char *
expand (const char *arg)
{
  if (arg != NULL && arg[0] == '@')
    return g_build_filename (dir, arg + 1, NULL);
  return g_strdup (arg);
}

static void
write_text (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* the embedded 2026 rates with @patch applied to the params */
static void
write_rates (const char *name,
             void (*patch) (cJSON *root))
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "..", "data", "rates", "2026.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *printed = NULL;
  g_autoptr (cJSON) root = NULL;

  g_assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  root = cJSON_Parse (contents);
  patch (root);
  printed = cJSON_Print (root);
  write_text (name, printed);
}

static void
patch_param_no_source (cJSON *root)
{
  cJSON *zz = cJSON_CreateObject ();

  cJSON_AddStringToObject (zz, "from", "2026-01-01");
  cJSON_AddNumberToObject (zz, "value", 1);
  cJSON_AddItemToObject (cJSON_GetObjectItem (root, "params"), "zz", zz);
}

static void
patch_dated_rate (cJSON *root)
{
  cJSON *c = cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0);
  cJSON *dated = cJSON_CreateObject ();

  cJSON_AddStringToObject (dated, "from", "2026-01-01");
  cJSON_AddNumberToObject (dated, "value", 150);
  cJSON_ReplaceItemInObject (c, "employer", dated);
}

static void
patch_format (cJSON *root)
{
  cJSON_ReplaceItemInObject (root, "format", cJSON_CreateNumber (1.9));
}

typedef struct
{
  const char *args[14];
  int         status;
  const char *needle;   /* in stderr (status 2) or stdout (status 0) */
} Row;

static const Row rows[] = {
  /* 1. the crash: an extra key with no source, through every reader */
  { { "rates", "--rates", "@no-source.json" }, 2, "params.zz" },
  { { "export", "--tjm", "550", "--days-per-year", "200", "--rates", "@no-source.json", "-o", "@x.xlsx" }, 2, "params.zz" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--rates", "@no-source.json" }, 2, "--rates" },
  /* 3. rates accepted when they should not be */
  { { "rates", "--rates", "@dated-rate.json" }, 2, "contributions.maladie.employer" },
  { { "rates", "--rates", "@format.json" }, 2, "format" },
  { { "rates", "--rates", "@garbage.json" }, 2, "not valid JSON" },
  /* 2. files that are not what they seem */
  { { "export", "--tjm", "550", "--days-per-year", "200", "-o", "/dev/full" }, 2, "-o" },
  { { "export", "--tjm", "550", "--days-per-year", "200", "-o", "@fifo" }, 2, "not a regular file" },
  { { "export", "--tjm", "550", "--days-per-year", "200", "-o", "-" }, 2, "-o -" },
  { { "rates", "--rates", "@fifo" }, 2, "not a regular file" },
  { { "compare", "--scenario", "@fifo" }, 2, "--scenario" },
  /* 3. a tiny value in a scenario is a number, not text */
  { { "compare", "--scenario", "@tiny.json" }, 0, "Portage" },
  { { "compare", "--scenario", "@bad-key.json" }, 2, "expenses_monthly" },
  /* 4. lenient numbers */
  { { "compare", "--tjm", "1,2.3", "--days-per-year", "200" }, 2, "--tjm" },
  { { "compare", "--tjm", "1.2,3", "--days-per-year", "200" }, 2, "--tjm" },
  { { "compare", "--tjm", "5.,5", "--days-per-year", "200" }, 2, "--tjm" },
  { { "compare", "--tjm", "5€5€0", "--days-per-year", "200" }, 2, "--tjm" },
  { { "compare", "--tjm", "5 5 0", "--days-per-year", "200" }, 2, "--tjm" },
  { { "compare", "--tjm", "5\t5\t0", "--days-per-year", "200" }, 2, "--tjm" },
  /* flags that take no value */
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--vl=false" }, 2, "--vl" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--json=no" }, 2, "--json" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--no-reserve=no" }, 2, "--no-reserve" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--non-cadre=no" }, 2, "--non-cadre" },
  /* dates */
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--date", "2026-+1-+1" }, 2, "--date" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--date", "2024-05-01" }, 2, "--date" },
  { { "compare", "--tjm", "550\xff", "--days-per-year", "200" }, 2, "--tjm" },
  /* what was typed */
  { { "compare", "--tjm", "100000.001", "--days-per-year", "200" }, 2, "100000.001" },
  /* conflicting or meaningless options */
  /* a mission lasts whole months (its end pays the réserve) */
  { { "project", "--tjm", "550", "--days-per-year", "200", "--mission-months", "1.4" }, 2, "--mission-months" },
  { { "cashflow", "--tjm", "550", "--days-per-year", "200", "--mission-months", "2.5" }, 2, "--mission-months" },
  /* an employer's payroll options mean nothing for micro and EURL */
  { { "micro", "--revenue-yearly", "60000", "--headcount", "10" }, 2, "--headcount" },
  { { "micro", "--revenue-yearly", "60000", "--vm-city", "paris" }, 2, "--vm-city" },
  { { "eurl", "--remuneration-yearly", "60000", "--non-cadre" }, 2, "--non-cadre" },
  { { "eurl", "--remuneration-yearly", "60000", "--mutuelle-monthly", "90" }, 2, "--mutuelle-monthly" },
  { { "sweep", "--tjm-from", "300", "--tjm-to", "400", "--step", "10", "--days-per-year", "200", "--csv", "--json" }, 2, "--json" },
  { { "sweep", "--tjm", "99999", "--tjm-from", "300", "--tjm-to", "400", "--step", "10", "--days-per-year", "200" }, 2, "--tjm" },
  { { "sweep", "--tjm-from", "1", "--tjm-to", "100000", "--step", "1", "--days-per-year", "200" }, 2, "--step" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--target-net-monthly", "4000" }, 2, "--target-net-monthly" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--vm-city", "tokyo" }, 2, "--vm-city" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--vm-city", "paris", "--vm-pct", "1" }, 2, "--vm-pct" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--contract", "interim" }, 2, "--contract" },
  { { "compare", "--tjm", "550", "--days-per-year", "200", "--telework-days-per-week", "6" }, 2, "--telework-days-per-week" },
  { { "project", "--tjm", "550", "--days-per-year", "200", "--years", "6" }, 2, "--years" },
  { { "offers", "--tjm", "550", "--days-per-year", "200" }, 2, "--offer" },
  { { "check-quote", "--tjm", "500", "--days-per-month", "20" }, 2, "--quote-gross" },
  { { "check-quote", "--tjm", "500", "--days-per-month", "20", "--quote-gross", "abc" }, 2, "--quote-gross" },
  { { "check-quote", "--tjm", "500", "--days-per-month", "20", "--quote-fee", "800", "--quote-net", "4700", "--json" }, 0, "\"restitution_quoted_pct\":\t47" },
  /* the review's: portage never usable is said; a flat fee needs its amount */
  { { "breakeven", "--tjm", "550", "--days-per-year", "200", "--fee-pct", "100", "--json" }, 0, "\"portage_usable\":\tfalse" },
  { { "compare", "--scenario", "@flat-no-amount.json" }, 2, "fee_flat_monthly" },
  { { "compare", "--tjm", "1", "--days-per-year", "1", "--cdi-gross-yearly", "1", "--json" }, 0, "\"best\":\tnull" },
  { { "offers", "--tjm", "550", "--days-per-year", "200", "--offer", "@bad-offer.json" }, 2, "fee.pct" },
  { { "offers", "--tjm", "550", "--days-per-year", "200", "--offer", "@fifo" }, 2, "--offer" },
  { { "offers", "--tjm", "550", "--days-per-year", "200", "--offer", "@flat.json", "--offer", "@flat.json", "--json" }, 0, "\"best\":\ttrue" },
  /* the offers' names whole in the table, however long */
  { { "offers", "--tjm", "550", "--days-per-year", "200", "--offer", "@long-name.json", "--offer", "@flat.json" }, 0,
    "Flat 99 € a month, with insurance and everything included" },
  /* the restitution says what it counts */
  { { "offers", "--tjm", "550", "--days-per-year", "200", "--offer", "@flat.json" }, 0, "Net before tax / revenue, without the réserve" },
  { { "project", "--tjm", "550", "--days-per-year", "200", "--years", "2.5" }, 2, "--years" },
  { { "project", "--tjm", "550", "--days-per-year", "200", "--csv", "--json" }, 2, "--json" },
  { { "project", "--tjm", "550", "--days-per-year", "200", "--mission-months", "0" }, 2, "--mission-months" },
  { { "project", "--tjm", "550", "--days-per-year", "200", "--years", "4", "--json" }, 0, "\"leads_from_year\"" },
  /* 5. answers that make sense: a low target gets the lowest usable day rate */
  { { "breakeven", "--tjm", "550", "--days-per-year", "200", "--target-net-monthly", "1000", "--json" }, 0, "\"at_lowest_usable_tjm\"" },
  { { "portage", "--tjm", "550", "--days-per-year", "200", "--expenses-monthly", "1000000", "--json" }, 0, "at most" },
};

static void
test_rows (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_auto (PsTestRun) r = { 0 };
      char *a[14] = { NULL };

      for (guint k = 0; k < G_N_ELEMENTS (a) && rows[i].args[k] != NULL; k++)
        a[k] = expand (rows[i].args[k]);
      ps_test_run_cli (&r, NULL, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11],
                       a[12], a[13], NULL);
      if (r.status != rows[i].status
          || strstr (rows[i].status == 0 ? r.out : r.err, rows[i].needle) == NULL)
        g_error ("row %u (%s %s %s %s …): status %d (expected %d), stderr: %s, wanted “%s”", i,
                 a[0], a[1] ? a[1] : "", a[2] ? a[2] : "", a[3] ? a[3] : "", r.status, rows[i].status,
                 r.err, rows[i].needle);
      if (rows[i].status == 2)
        g_assert_cmpstr (r.out, ==, "");
      for (guint k = 0; k < G_N_ELEMENTS (a); k++)
        g_free (a[k]);
    }
}

/* The devices and FIFOs refused above are still what they were. */
static void
test_files_untouched (void)
{
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  struct stat st;

  g_assert_cmpint (stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpint (stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

/* A symlink given to -o is written through: the link stays, its target
 * gets the workbook. */
static void
test_export_through_symlink (void)
{
  g_autofree char *target = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto (PsTestRun) r = { 0 };
  struct stat st;

  write_text ("real.csv", "old");
  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  ps_test_run_cli (&r, NULL, "export", "--tjm", "550", "--days-per-year", "200", "-o", link, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "status,"));
  g_assert_cmpint (stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

/* --vm-city paris is the Paris area's 3.20 % (Île-de-France Mobilités,
 * from 1 January 2025: https://www.fiducie.fr/actualites/article?actu=k4_1290712),
 * said in the table's footer. */
static void
test_vm_city (void)
{
  g_auto (PsTestRun) a = { 0 };
  g_auto (PsTestRun) b = { 0 };
  g_auto (PsTestRun) t = { 0 };

  ps_test_run_cli (&a, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--vm-city", "paris", "--json", NULL);
  ps_test_run_cli (&b, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--vm-pct", "3.2", "--json", NULL);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_cmpstr (a.out, ==, b.out);
  ps_test_run_cli (&t, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--vm-city", "paris", NULL);
  g_assert_nonnull (strstr (t.out, "versement mobilité 3.20%"));
}

/* An offer naming its city (issue 11) is portage with that city's
 * versement mobilité: the same figures as compare --vm-city. */
static void
test_offer_vm_city (void)
{
  static const char *cities[] = { "paris", "lyon", "strasbourg" };

  for (guint k = 0; k < G_N_ELEMENTS (cities); k++)
    {
      g_auto (PsTestRun) a = { 0 };
      g_auto (PsTestRun) b = { 0 };
      g_autofree char *name = g_strdup_printf ("city-%s.json", cities[k]);
      g_autofree char *text = g_strdup_printf ("{\"format\": 1, \"employer\": {\"vm_city\": \"%s\"}}", cities[k]);
      g_autofree char *arg = g_build_filename (dir, name, NULL);
      g_autoptr (cJSON) offers = NULL;
      g_autoptr (cJSON) compare = NULL;
      cJSON *offer, *portage;

      write_text (name, text);
      ps_test_run_cli (&a, NULL, "offers", "--tjm", "550", "--days-per-year", "200", "--offer", arg, "--json", NULL);
      ps_test_run_cli (&b, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--vm-city", cities[k], "--json", NULL);
      g_assert_cmpint (a.status, ==, 0);
      g_assert_cmpint (b.status, ==, 0);
      offers = cJSON_Parse (a.out);
      compare = cJSON_Parse (b.out);
      offer = cJSON_GetArrayItem (cJSON_GetObjectItem (offers, "offers"), 0);
      portage = cJSON_GetObjectItem (cJSON_GetObjectItem (compare, "statuses"), "portage");
      g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (offer, "vm_city")), ==, cities[k]);
      g_assert_cmpfloat (cJSON_GetNumberValue (cJSON_GetObjectItem (offer, "net_after_tax_yearly")), ==,
                         cJSON_GetNumberValue (cJSON_GetObjectItem (portage, "net_after_tax_yearly")));
      g_assert_cmpfloat (cJSON_GetNumberValue (cJSON_GetObjectItem (offer, "gross_monthly")), ==,
                         cJSON_GetNumberValue (cJSON_GetObjectItem (cJSON_GetObjectItem (portage, "details"), "gross_monthly")));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("ps-cli-hostile-XXXXXX", NULL);
  write_rates ("no-source.json", patch_param_no_source);
  write_rates ("dated-rate.json", patch_dated_rate);
  write_rates ("format.json", patch_format);
  write_text ("garbage.json", "{\"format\": 1} GARBAGE");
  write_text ("tiny.json", "{\"format\": 1, \"tjm\": 600, \"days_per_year\": 200, \"expenses_monthly\": 0.00001}");
  write_text ("flat-no-amount.json", "{\"format\": 1, \"tjm\": 550, \"days_per_year\": 200, \"fee_model\": \"flat\"}");
  write_text ("bad-offer.json", "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 140}}");
  write_text ("flat.json", "{\"format\": 1, \"name\": \"Flat\", \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}");
  write_text ("long-name.json", "{\"format\": 1, \"name\": \"Flat 99 € a month, with insurance and everything included\", "
              "\"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}");
  write_text ("bad-key.json", "{\"format\": 1, \"tjm\": 600, \"expenses_monthly\": -1}");
  {
    g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  }
  g_test_add_func ("/ps/cli-hostile/rows", test_rows);
  g_test_add_func ("/ps/cli-hostile/files-untouched", test_files_untouched);
  g_test_add_func ("/ps/cli-hostile/export-through-symlink", test_export_through_symlink);
  g_test_add_func ("/ps/cli-hostile/vm-city", test_vm_city);
  g_test_add_func ("/ps/cli-hostile/offer-vm-city", test_offer_vm_city);
  status = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    if (system (cmd) != 0)
      g_warning ("could not remove %s", dir);
  }
  g_free (dir);
  return status;
}
