# Reads every table with the README's readr code and prints what R made of it as JSON, for
# test/clients/pandas-readr-curl.test.ts to compare with the JSON API.
#
# stdin: {"documented_base": the base URL the README's code names, "recipe": its R block,
#         "datasets": [{"base": this server's base URL of a dataset,
#                       "tables": [{"name": table id, "col_types": the README's col_types}]}]}
# stdout: {"datasets": [{"base", "tables": {id: {"columns", "classes", "problems", "values"}}}]}
# Missing values are null (NA); numbers are printed with 15 significant digits, enough for
# amounts of at most two decimals to read back as the same double.
suppressPackageStartupMessages({
  library(readr)
  library(jsonlite)
})

input <- file("stdin")
job <- fromJSON(paste(readLines(input, encoding = "UTF-8", warn = FALSE), collapse = "\n"), simplifyVector = FALSE)
close(input)
documented <- sprintf('base <- "%s"', job$documented_base)
if (!grepl(documented, job$recipe, fixed = TRUE)) stop("the recipe does not assign ", documented)

out <- list(readr = as.character(packageVersion("readr")), datasets = list())
for (ds in job$datasets) {
  # The README's block as written, pointed at this server's dataset.
  recipe <- new.env()
  eval(parse(text = sub(documented, sprintf('base <- "%s"', ds$base), job$recipe, fixed = TRUE), encoding = "UTF-8"), envir = recipe)
  tables <- list()
  for (t in ds$tables) {
    # Without the curl package readr says it falls back to url(); the reading is the same.
    df <- suppressMessages(recipe$read_table(t$name, t$col_types))
    values <- lapply(df, function(col) if (inherits(col, "Date")) format(col, "%Y-%m-%d") else col)
    tables[[t$name]] <- list(
      columns = names(df),
      classes = lapply(df, function(col) class(col)[1]),
      problems = nrow(problems(df)),
      values = lapply(values, function(col) lapply(col, function(v) if (is.na(v)) NULL else v))
    )
  }
  out$datasets[[length(out$datasets) + 1]] <- list(base = ds$base, tables = tables)
}
cat(toJSON(out, auto_unbox = TRUE, null = "null", digits = I(15)))
