// The hmspec language. This file is the single source of truth for syntax;
// docs/language.md documents every statement with an example.
//
// Conventions: parser rules lowerCamelCase, tokens UPPER_CASE, every keyword a literal
// token declared once (the diagnostics take the vocabulary from here for did-you-mean).
// Keywords are soft: `name` accepts any keyword, so a field called `count` or `year` works.
grammar Hmspec;

// `layout` (views side by side, stacked or wrapped) may stand anywhere between the views.
specFile : (view | layoutStmt)* EOF ;

view : HEATMAP STRING? LBRACE statement* RBRACE ;

statement
    : TITLE STRING                                                   # titleStmt
    | SUBTITLE STRING                                                # subtitleStmt
    | DESCRIPTION STRING                                             # descriptionStmt
    | SIZE sizeSpec                                                  # sizeStmt
    | DATA dataSource dataOption* refreshClause?                     # dataStmt
    | FILTER expr                                                    # filterStmt
    | DERIVE assignment (COMMA assignment)*                          # deriveStmt
    | AGGREGATE aggregateOp (COMMA aggregateOp)* (BY fieldList)?     # aggregateStmt
    | BIN field binOption* AS name                                   # binStmt
    | CORRELATE fieldList AS name COMMA name COMMA name              # correlateStmt
    | FOLD fieldList AS name COMMA name                              # foldStmt
    | PIVOT field VALUE field (BY fieldList)? (OP name)?             # pivotStmt
    | channel channelField (COMMA channelField)* encodingOptions?            # encodingStmt
    | INTERACT interaction (COMMA interaction)*                      # interactStmt
    // Multi-resolution tiles for huge grids: `tiles auto | on | off | above 4000000` (issue 9).
    | TILES name NUMBER?                                             # tilesStmt
    // ---- analysis (issue 10): on the final grid, after the transforms; docs/analysis.md
    | NORMALIZE name (BY name)?                                      # normalizeStmt
    | CLUSTER name clusterOptions?                                   # clusterStmt
    // annot10: masks, annotation bars, marginal charts (docs/language.md "Masks, annotations, margins").
    // `mask upper, diagonal`, `mask value < 0.1`: upper/lower/diagonal are bare names, the rest conditions.
    | MASK expr (COMMA expr)*                                        # maskStmt
    | ANNOTATE (ROWS | COLUMNS) field encodingOptions?                # annotateStmt
    | MARGIN side=name function=name LPAREN field? RPAREN encodingOptions?   # marginStmt
    // ---- facets (docs/language.md "Facets and shared scales") ----
    | FACET facetSpec                                                # facetStmt
    | SCALES INDEPENDENT name (COMMA name)*                           # scalesStmt
    // ---- embed12: themes and parameters (docs/embedding.md) ----
    | THEME (name | STRING)                                          # themeStmt
    | PARAM name EQ literal paramBind?                               # paramStmt
    ;

// `cluster rows { linkage average  metric correlation  order optimal  cut 4  dendrogram 80 }`
clusterOptions : LBRACE clusterOption* RBRACE ;

clusterOption
    : LINKAGE name                                 # linkageOption
    | METRIC name                                  # metricOption
    | ORDER name                                   # orderOption
    | CUT NUMBER                                   # cutOption
    | DENDROGRAM (NUMBER | NONE)                   # dendrogramOption
    // A misspelt option: reported with a did-you-mean over the cluster options.
    | IDENT (NUMBER | IDENT)?                      # unknownClusterOption
    ;

// `facet row F`, `facet column F`, `facet F wrap N` (or `facet F`: wrapped near a square).
facetSpec
    : ROW field                        # facetRow
    | COLUMN field                     # facetColumn
    | field (WRAP NUMBER)?             # facetWrap
    ;

// File level: how the file's views are placed. `rows` stacks them (the default), `columns`
// puts them side by side, `wrap N` fills rows of N.
layoutStmt : LAYOUT (ROWS | COLUMNS | WRAP NUMBER) ;

// `bind range 0, 100, 5` (min, max, step), `bind select "a", "b"`, `bind checkbox`, `bind text`.
paramBind : BIND name (literal (COMMA literal)*)? ;

sizeSpec
    : NUMBER X NUMBER                  # fixedSize
    | CELL NUMBER (X NUMBER)?          # cellSize
    | AUTO                             # autoSize
    ;

dataSource
    : STRING                           # fileSource
    | VALUES jsonValue                 # inlineSource
    // A JDBC source: a URL or a named connection, then a query or a table name.
    | SQL (url=STRING | CONNECTION conn=STRING) (QUERY query=STRING | TABLE table=STRING)   # sqlSource
    ;

// embed12b: `refresh 30s` (s or m, at least 1 s) after a SQL source: `hmspec serve` re-queries it
// on that interval (docs/embedding.md). The unit is an IDENT, not a name, so that a keyword on the
// next line (`x a`) is never taken for it.
refreshClause : REFRESH NUMBER IDENT? ;

dataOption
    : FORMAT name                                  # formatOption
    | MATRIX                                       # matrixOption
    | WIDE ROWS name (COLUMNS name)? (VALUE name)? # wideOption
    | TYPES typeDecl (COMMA typeDecl)*             # typesOption
    ;

typeDecl : field COLON name (STRING)? ;

assignment : name EQ expr ;

aggregateOp : name LPAREN field? RPAREN AS name ;

binOption
    : MAXBINS NUMBER                   # maxbinsOption
    | STEP NUMBER                      # stepOption
    ;

channel : X | Y | COLOR | TEXT | TOOLTIP ;

channelField : field (FORMAT STRING)? ;

fieldList : field (COMMA field)* ;

encodingOptions : LBRACE encodingOption* RBRACE ;

encodingOption
    : TITLE STRING                                 # titleOption
    | FORMAT STRING                                # formatOptionOpt
    | SCALE name (signedNumber (COMMA signedNumber)*)?  # scaleOption
    | SCHEME name NUMBER?                          # schemeOption
    | EXPONENT signedNumber                        # exponentOption
    | CONSTANT signedNumber                        # constantOption
    | BASE signedNumber                            # baseOption
    | BINS signedNumber                            # binsOption
    | TICKS signedNumber                           # ticksOption
    | INTERPOLATE name                             # interpolateOption
    | ZONE STRING                                  # zoneOption
    | DOMAIN signedNumber RANGE_DOTS signedNumber  # domainOption
    | RANGE STRING (COMMA STRING)+                 # rangeOption
    | REVERSE                                      # reverseOption
    | NICE                                         # niceOption
    | ZERO                                         # zeroOption
    | CLAMP                                        # clampOption
    | MIDPOINT signedNumber                        # midpointOption
    | IMPUTE signedNumber                          # imputeOption
    | LEGEND (STRING | NONE)                       # legendOption
    | AXIS NONE                                    # axisOption
    | LABELANGLE signedNumber                      # labelAngleOption
    | SORT sortSpec                                # sortOption
    | PADDING signedNumber                         # paddingOption
    | ROUND                                        # roundOption
    | (NODATA | UNKNOWN) STRING                    # noDataOption
    // A misspelt option with its value: reported as "unknown option" with a did-you-mean
    // over the channel's options, and parsing goes on inside the block.
    | IDENT (STRING | signedNumber | IDENT)?         # unknownOption
    // `robust`: the color domain is the 2nd–98th percentile, outside values clamped (issue 10)
    | ROBUST                                       # robustOption
    // color: views (or facet panels) naming the same shared scale train one domain, one legend
    | SHARED STRING                                  # sharedOption
    ;

sortSpec
    : ASCENDING                                    # sortAscending
    | DESCENDING                                   # sortDescending
    | NATURAL                                      # sortNatural
    | BY name LPAREN name RPAREN (ASCENDING | DESCENDING)?  # sortByAggregate
    | BY name (ASCENDING | DESCENDING)?            # sortByField
    | sortValue (COMMA sortValue)+                 # sortExplicit
    ;

sortValue : literal | name ;

// `zoom x`: the argument is an axis; newlines are not significant, so it is restricted
// to x, y or an identifier (xy) and can never swallow the next statement's keyword.
interaction : name interactionArg? ;
interactionArg : X | Y | IDENT ;

// ---- expressions (filter, derive) ----------------------------------------------------
expr
    : LPAREN expr RPAREN                                       # parenExpr
    | name LPAREN (expr (COMMA expr)*)? RPAREN                 # callExpr
    | op=(MINUS | NOT) expr                                    # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr                    # mulExpr
    | expr op=(PLUS | MINUS) expr                              # addExpr
    | expr op=(LT | LE | GT | GE) expr                         # compareExpr
    | expr op=(EQEQ | NEQ) expr                                # equalExpr
    | expr AND expr                                            # andExpr
    | expr OR expr                                             # orExpr
    | literal                                                  # literalExpr
    | field                                                    # fieldExpr
    ;

literal : signedNumber | STRING | TRUE | FALSE | NULL ;

signedNumber : MINUS? NUMBER ;

field : name | QUOTED_FIELD ;

// Any identifier or keyword: keywords are reserved only where the grammar expects them.
name
    : IDENT | HEATMAP | TITLE | SUBTITLE | DESCRIPTION | SIZE | DATA | FILTER | DERIVE
    | AGGREGATE | BIN | CORRELATE | FOLD | PIVOT | INTERACT | CELL | AUTO | VALUES | FORMAT
    | MATRIX | WIDE | ROWS | COLUMNS | VALUE | TYPES | BY | AS | OP | MAXBINS | STEP
    | X | Y | COLOR | TEXT | TOOLTIP | SCALE | SCHEME | DOMAIN | RANGE | REVERSE | NICE
    | ZERO | CLAMP | MIDPOINT | LEGEND | NONE | AXIS | LABELANGLE | SORT | NODATA
    | ASCENDING | DESCENDING | NATURAL | EXPONENT | CONSTANT | BASE | BINS | TICKS | INTERPOLATE
    | ZONE | UNKNOWN | PADDING | ROUND | SQL | CONNECTION | QUERY | TABLE
    | TILES
    | NORMALIZE | CLUSTER | ROBUST | LINKAGE | METRIC | ORDER | CUT | DENDROGRAM
    | MASK | ANNOTATE | MARGIN
    | FACET | ROW | COLUMN | WRAP | SCALES | INDEPENDENT | LAYOUT | SHARED
    | THEME | PARAM | BIND
    | REFRESH
    ;

// ---- inline JSON values (data values [...]) -------------------------------------------
jsonValue : jsonObject | jsonArray | STRING | signedNumber | TRUE | FALSE | NULL ;
jsonObject : LBRACE (jsonMember (COMMA jsonMember)*)? RBRACE ;
jsonMember : (STRING | name) COLON jsonValue ;
jsonArray : LBRACK (jsonValue (COMMA jsonValue)*)? RBRACK ;

// ---- tokens ---------------------------------------------------------------------------
HEATMAP : 'heatmap' ;
TITLE : 'title' ;
SUBTITLE : 'subtitle' ;
DESCRIPTION : 'description' ;
SIZE : 'size' ;
DATA : 'data' ;
FILTER : 'filter' ;
DERIVE : 'derive' ;
AGGREGATE : 'aggregate' ;
BIN : 'bin' ;
CORRELATE : 'correlate' ;
FOLD : 'fold' ;
PIVOT : 'pivot' ;
INTERACT : 'interact' ;
CELL : 'cell' ;
AUTO : 'auto' ;
VALUES : 'values' ;
FORMAT : 'format' ;
MATRIX : 'matrix' ;
WIDE : 'wide' ;
ROWS : 'rows' ;
COLUMNS : 'columns' ;
VALUE : 'value' ;
TYPES : 'types' ;
BY : 'by' ;
AS : 'as' ;
OP : 'op' ;
MAXBINS : 'maxbins' ;
STEP : 'step' ;
X : 'x' ;
Y : 'y' ;
COLOR : 'color' ;
TEXT : 'text' ;
TOOLTIP : 'tooltip' ;
SCALE : 'scale' ;
SCHEME : 'scheme' ;
DOMAIN : 'domain' ;
RANGE : 'range' ;
REVERSE : 'reverse' ;
NICE : 'nice' ;
ZERO : 'zero' ;
CLAMP : 'clamp' ;
MIDPOINT : 'midpoint' ;
LEGEND : 'legend' ;
NONE : 'none' ;
AXIS : 'axis' ;
LABELANGLE : 'labelAngle' ;
SORT : 'sort' ;
NODATA : 'nodata' ;
ASCENDING : 'ascending' ;
DESCENDING : 'descending' ;
NATURAL : 'natural' ;
EXPONENT : 'exponent' ;
CONSTANT : 'constant' ;
BASE : 'base' ;
BINS : 'bins' ;
TICKS : 'ticks' ;
INTERPOLATE : 'interpolate' ;
ZONE : 'zone' ;
UNKNOWN : 'unknown' ;
PADDING : 'padding' ;
IMPUTE : 'impute' ;
// Also the round() function: `name` accepts it, so derive r = round(v) still parses.
ROUND : 'round' ;
SQL : 'sql' ;
CONNECTION : 'connection' ;
QUERY : 'query' ;
TABLE : 'table' ;
TILES : 'tiles' ;
NORMALIZE : 'normalize' ;
CLUSTER : 'cluster' ;
ROBUST : 'robust' ;
LINKAGE : 'linkage' ;
METRIC : 'metric' ;
ORDER : 'order' ;
CUT : 'cut' ;
DENDROGRAM : 'dendrogram' ;
MASK : 'mask' ;
ANNOTATE : 'annotate' ;
MARGIN : 'margin' ;
// facets and composition
FACET : 'facet' ;
ROW : 'row' ;
COLUMN : 'column' ;
WRAP : 'wrap' ;
SCALES : 'scales' ;
INDEPENDENT : 'independent' ;
LAYOUT : 'layout' ;
SHARED : 'shared' ;
THEME : 'theme' ;
PARAM : 'param' ;
BIND : 'bind' ;
REFRESH : 'refresh' ;
TRUE : 'true' ;
FALSE : 'false' ;
NULL : 'null' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;

LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
COMMA : ',' ;
COLON : ':' ;
RANGE_DOTS : '..' ;
EQEQ : '==' ;
NEQ : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
EQ : '=' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;

NUMBER : DIGITS ('.' DIGITS)? EXP_PART? | '.' DIGITS EXP_PART? ;
fragment DIGITS : [0-9]+ ;
fragment EXP_PART : [eE] [+-]? DIGITS ;

STRING : '"' (~["\\\r\n] | '\\' .)* '"' ;
// A field name with spaces or punctuation: `Beak Length (mm)`.
QUOTED_FIELD : '`' (~[`\r\n] | '``')* '`' ;
IDENT : [a-zA-Z_] [a-zA-Z0-9_]* ;
// `$year`: a parameter reference, replaced by its value's token before parsing (ParamTokens).
PARAM_REF : '$' [a-zA-Z_] [a-zA-Z0-9_]* ;
// Unclosed quotes lex as their own tokens so the parser reports "unterminated string"
// at the opening quote instead of a cascade of stray characters. A closed string is
// longer and therefore always wins.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)* ;
UNTERMINATED_FIELD : '`' (~[`\r\n] | '``')* ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS : [ \t\r\n\u000C\uFEFF]+ -> channel(HIDDEN) ;
// Anything else is one bad character; the parser reports it with a caret.
BAD_CHAR : . ;
