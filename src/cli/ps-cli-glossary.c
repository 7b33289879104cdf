/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli glossary [TERM]: what the terms mean, with their source. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ps-line-label.h"
#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-glossary.h"
#include "ps-json.h"

static cJSON *
entry_json (const PsGlossaryEntry *e)
{
  cJSON *it = cJSON_CreateObject ();

  cJSON_AddStringToObject (it, "term", e->term);
  cJSON_AddStringToObject (it, "name", e->name);
  cJSON_AddStringToObject (it, "name_en", e->name_en);
  cJSON_AddStringToObject (it, "definition", e->definition);
  cJSON_AddStringToObject (it, "definition_en", e->definition_en);
  cJSON_AddStringToObject (it, "source", e->source);
  cJSON_AddStringToObject (it, "url", e->url);
  if (e->aliases != NULL)
    {
      cJSON *aliases = cJSON_AddArrayToObject (it, "aliases");

      for (guint i = 0; e->aliases[i] != NULL; i++)
        cJSON_AddItemToArray (aliases, cJSON_CreateString (e->aliases[i]));
    }
  return it;
}

static void
print_entry (const PsGlossaryEntry *e,
             gboolean               english)
{
  const char *name = ps_glossary_entry_name (e, english);

  if (g_strcmp0 (name, e->term) == 0)
    g_print ("%s\n", e->term);
  else
    g_print ("%s — %s\n", e->term, name);
  g_print ("  %s\n", ps_glossary_entry_definition (e, english));
  /* Translators: %s: a legal citation, %s: its address */
  g_print (_("  Source: %s, %s\n"), e->source, e->url);
}

int
ps_cli_cmd_glossary (const Options *o,
                     GError       **error)
{
  g_autoptr (PsGlossary) glossary = ps_glossary_new_embedded (error);
  g_autoptr (GPtrArray) shown = NULL;
  gboolean english;

  if (glossary == NULL)
    return PS_CLI_INTERNAL;
  /* the definitions are French; their English twins where the translation
   * of this marker says the reader is not French (like the rates labels) */
  english = !ps_line_labels_french ();

  shown = ps_glossary_search (glossary, o->argument);
  if (shown->len == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: %s: what was asked for */
                   _("“%s” is not in the glossary (run “portage-cli glossary” for every term)"),
                   o->argument);
      return PS_CLI_BAD_INPUT;
    }

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *arr = cJSON_AddArrayToObject (obj, "terms");

      for (guint i = 0; i < shown->len; i++)
        cJSON_AddItemToArray (arr, entry_json (g_ptr_array_index (shown, i)));
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  for (guint i = 0; i < shown->len; i++)
    {
      if (i > 0)
        g_print ("\n");
      print_entry (g_ptr_array_index (shown, i), english);
    }
  return PS_CLI_OK;
}
