import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-YSYEKVYX.mjs";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  TextDocument: () => TextDocument
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument, TextDocument;
var init_main = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits2(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits2;
    })(TextDocument || (TextDocument = {}));
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument2,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument2, FullTextDocument2, Is;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command2, ...args) {
        const result = { title, command: command2 };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command2) {
        return { insertText, filterText, range, command: command2 };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits2(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits2;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument2 || (TextDocument2 = {}));
    FullTextDocument2 = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName2 = this.getRangeContent(this.getImageNameRange());
        if (imageName2 === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName2.length; i++) {
          const ch = imageName2.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path8 = this.getPath();
        if (path8 === null || path8.startsWith("/")) {
          return path8;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path8 : parent + "/" + path8;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse2(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse2;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName2 = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName2 === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName2) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart2 = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart2.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart2, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart2, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main(), __toCommonJS(main_exports));
    var vscode_languageserver_types_1 = (init_main2(), __toCommonJS(main_exports2));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd2 = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd2 = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd2;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd2));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body3) => {
      if (negated) {
        return `[^\\/${body3}]`;
      }
      const source = `[${body3}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body3 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body3 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body3 += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body3 += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body3 += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body3 += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body3)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out2 = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index, index + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index = length;
          } else {
            out2 += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out2 += char;
          index++;
        }
      }
      return {
        source: out2,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out2 = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body3, prefix) => {
      if (body3[body3.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body3.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body3) => {
      const index = body3.indexOf(SLASH);
      return index < 0 || index === body3.length - 1;
    };
    var basenameOf = (path8) => {
      const end = path8.length - 1;
      const index = path8.lastIndexOf(
        SLASH,
        path8[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path8 : path8.slice(index + 1);
    };
    var parentOf = (path8) => {
      if (path8.charCodeAt(0) === SLASH_CODE || path8.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path8.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path8.length - 1;
      const cut = path8.lastIndexOf(
        SLASH,
        path8.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path8.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body3, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body3);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd3 = (body3, stripLineEnd) => {
      let lineEnd2 = body3.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body3[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body3[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body3[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body3.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body3[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body3.slice(0, end - 1) + SPACE : body3.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body3 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body3[0] === "#") {
        return;
      }
      let negative = false;
      if (body3[0] === "!") {
        negative = true;
        body3 = body3.slice(1);
      }
      const last = body3[body3.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body3 = trimEnd3(body3, stripLineEnd);
      }
      if (!body3 || hasTrailingBackslash(body3)) {
        return;
      }
      body3 = body3.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body3);
      return new IgnoreRule(
        pattern,
        mark,
        body3,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path8) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body: body3 }) => body3[body3.length - (body3[body3.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path8)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path8, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path8) : path8;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path8
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path8, originalPath, doThrow) => {
      if (!isString(path8)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path8) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path8)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path8) => {
      const first = path8.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path8.length === 1) {
        return true;
      }
      const second = path8.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path8.length === 2 || path8.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path8) {
        checkPath(
          path8,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path8 ? this._t(path8, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path8 = convertPath(target);
        if (!path8 || path8.charCodeAt(path8.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path8);
        }
        const dir = this._t(path8, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path8);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path8, cache2) {
        if (path8 in cache2) {
          return cache2[path8];
        }
        const parentPath = parentOf(path8);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path8] = parent && parent.ignored ? parent : this._rules.test(path8, MODE_IGNORE);
      }
      ignores(path8) {
        return this._test(path8, this._ignoreCache, convertPath(path8)).ignored;
      }
      createFilter() {
        return (path8) => !this.ignores(path8);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path8) {
        return this._test(path8, this._testCache, convertPath(path8));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path8) => checkPath(convertPath(path8), path8, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path8) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path8) || isNotRelative(path8);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path8, { windows } = {}) => {
      const segs = path8.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base2 = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base2 && isGlob === true && lastIndex > 0) {
        base2 = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base2 = "";
        glob = str;
      } else {
        base2 = str;
      }
      if (base2 && base2 !== "" && base2 !== "/" && base2 !== str) {
        if (isPathSeparator(base2.charCodeAt(base2.length - 1))) {
          base2 = base2.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base2 && backslashes === true) {
          base2 = utils.removeBackslashes(base2);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base: base2,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values2 = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values2.length; i++) {
        for (let j = i + 1; j < values2.length; j++) {
          const a = values2[i];
          const b = values2[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body3, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body3).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body3 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body3, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/document.ts
var import_argument = __toESM(require_argument(), 1);
var import_parser = __toESM(require_parser(), 1);
var import_dockerfile_ast = __toESM(require_main(), 1);

// node_modules/unbash/dist/traversal.js
function forEachChild(node2, callback) {
  switch (node2.type) {
    case "Script":
    case "CompoundList":
    case "AndOr":
      for (const command2 of node2.commands)
        callback(command2);
      return;
    case "Statement":
      callback(node2.command);
      return;
    case "Command":
      for (const child of node2.prefix)
        callback(child);
      if (node2.name)
        callback(node2.name);
      for (const child of node2.suffix)
        callback(child);
      return;
    case "Pipeline":
      for (const prefix of node2.prefixes)
        callback(prefix);
      for (const command2 of node2.commands)
        callback(command2);
      return;
    case "Redirected":
      callback(node2.command);
      for (const redirect2 of node2.redirects)
        callback(redirect2);
      return;
    case "If":
      callback(node2.clause);
      callback(node2.then);
      for (const branch of node2.elif)
        callback(branch);
      if (node2.else)
        callback(node2.else);
      return;
    case "Elif":
      callback(node2.clause);
      callback(node2.then);
      return;
    case "For":
    case "Select":
      callback(node2.name);
      if (node2.wordlist)
        for (const word2 of node2.wordlist)
          callback(word2);
      callback(node2.body);
      return;
    case "While":
      callback(node2.clause);
      callback(node2.body);
      return;
    case "Function":
    case "Coproc":
      if (node2.name)
        callback(node2.name);
      callback(node2.body);
      return;
    case "Subshell":
    case "BraceGroup":
      callback(node2.body);
      return;
    case "Case":
      callback(node2.word);
      for (const item of node2.items)
        callback(item);
      return;
    case "CaseItem":
      for (const pattern of node2.pattern)
        callback(pattern);
      callback(node2.body);
      return;
    case "ArithmeticFor": {
      const initialize = node2.initialize;
      if (initialize)
        callback(initialize);
      const test = node2.test;
      if (test)
        callback(test);
      const update = node2.update;
      if (update)
        callback(update);
      callback(node2.body);
      return;
    }
    case "Word":
    case "Glob":
    case "ArithmeticWord":
    case "HereDocBody":
    case "BraceExpansion":
    case "ExtendedGlob": {
      const parts = node2.parts;
      if (parts)
        for (const part of parts)
          callback(part);
      return;
    }
    case "DoubleQuoted":
    case "LocaleString":
      for (const part of node2.parts)
        callback(part);
      return;
    case "ParameterExpansion":
      if (node2.index)
        callback(node2.index);
      if (node2.operation)
        callback(node2.operation);
      return;
    case "Default":
    case "Remove":
    case "Transform":
      callback(node2.operand);
      return;
    case "CaseModification":
      if (node2.operand)
        callback(node2.operand);
      return;
    case "Replace":
      callback(node2.pattern);
      callback(node2.replacement);
      return;
    case "Slice":
      callback(node2.offset);
      if (node2.length)
        callback(node2.length);
      return;
    case "Assignment": {
      const index = node2.index;
      if (index)
        callback(index);
      callback(node2.value);
      return;
    }
    case "ArrayValue":
      for (const element of node2.elements)
        callback(element);
      return;
    case "Redirect":
    case "HereString":
      if (node2.descriptor)
        callback(node2.descriptor);
      if (node2.target)
        callback(node2.target);
      return;
    case "HereDoc":
      if (node2.descriptor)
        callback(node2.descriptor);
      if (node2.delimiter)
        callback(node2.delimiter);
      callback(node2.body);
      return;
    case "CommandExpansion":
    case "ProcessSubstitution":
    case "ArithmeticCommandExpansion": {
      const script = node2.script;
      if (script)
        callback(script);
      return;
    }
    case "ArithmeticExpansion":
    case "ArithmeticCommand":
    case "ArithmeticGroup":
    case "TestCommand":
    case "TestGroup": {
      const expression = node2.expression;
      if (expression)
        callback(expression);
      return;
    }
    case "ArithmeticBinary":
    case "TestBinary":
      callback(node2.left);
      callback(node2.right);
      return;
    case "ArithmeticUnary":
    case "TestUnary":
      callback(node2.operand);
      return;
    case "ArithmeticTernary":
      callback(node2.test);
      callback(node2.consequent);
      callback(node2.alternate);
      return;
    case "TestLogical":
      for (const operand of node2.operands)
        callback(operand);
      return;
    case "TestNot":
      for (const negation of node2.negations)
        callback(negation);
      callback(node2.operand);
      return;
    case "Literal":
    case "SingleQuoted":
    case "AnsiCQuoted":
    case "SimpleExpansion":
    case "Names":
    case "Unknown":
    case "FileDescriptor":
    case "FileDescriptorVariable":
    case "HereDocDelimiter":
    case "Time":
    case "Negation":
      return;
    default: {
      const exhaustive = node2;
      throw new TypeError(`Unexpected syntax node: ${exhaustive}`);
    }
  }
}

// node_modules/unbash/dist/ansi-c.js
function isOctal(code) {
  return code >= 48 && code <= 55;
}
function isHex(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102;
}
function codePoint(value, fallback) {
  try {
    return String.fromCodePoint(value);
  } catch {
    return fallback;
  }
}
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function decodeBytes(bytes) {
  return utf8.decode(new Uint8Array(bytes));
}
function readByteEscape(source, pos, limit) {
  if (source.charCodeAt(pos) !== 92 || pos + 2 > limit)
    return void 0;
  const escaped = source.charCodeAt(pos + 1);
  const digitsStart = pos + 2;
  let end = digitsStart;
  if (escaped === 120) {
    while (end < limit && end - digitsStart < 2 && isHex(source.charCodeAt(end)))
      end++;
    if (end === digitsStart)
      return void 0;
    return { value: Number.parseInt(source.slice(digitsStart, end), 16), end };
  }
  if (!isOctal(escaped))
    return void 0;
  while (end < limit && end - digitsStart < 2 && isOctal(source.charCodeAt(end)))
    end++;
  return { value: Number.parseInt(source.slice(pos + 1, end), 8) & 255, end };
}
function decodeAnsiCQuoted(source, start, limit) {
  let pos = start;
  let value = "";
  let bytes = [];
  let nul = -1;
  while (pos < limit && source.charCodeAt(pos) !== 39) {
    const escapeStart = pos;
    const byte = readByteEscape(source, pos, limit);
    if (byte && byte.value >= 128) {
      bytes.push(byte.value);
      pos = byte.end;
      continue;
    }
    if (bytes.length > 0) {
      value += decodeBytes(bytes);
      bytes = [];
    }
    if (byte) {
      if (byte.value === 0 && nul === -1)
        nul = value.length;
      value += String.fromCharCode(byte.value);
      pos = byte.end;
      continue;
    }
    if (source.charCodeAt(pos) !== 92 || pos + 1 >= limit) {
      const runStart = pos;
      while (pos < limit) {
        const code = source.charCodeAt(pos);
        if (code === 39 || code === 92 && pos + 1 < limit)
          break;
        pos++;
      }
      value += source.slice(runStart, pos);
      continue;
    }
    pos++;
    const escaped = source[pos++];
    switch (escaped) {
      case "a":
        value += "\x07";
        break;
      case "b":
        value += "\b";
        break;
      case "e":
      case "E":
        value += "\x1B";
        break;
      case "f":
        value += "\f";
        break;
      case "n":
        value += "\n";
        break;
      case "r":
        value += "\r";
        break;
      case "t":
        value += "	";
        break;
      case "v":
        value += "\v";
        break;
      case "\\":
        value += "\\";
        break;
      case "'":
        value += "'";
        break;
      case '"':
        value += '"';
        break;
      case "?":
        value += "?";
        break;
      case "\n":
        break;
      case "c": {
        const code = pos < limit ? source.charCodeAt(pos) : 39;
        if (code === 39) {
          value += source.slice(escapeStart, pos);
          break;
        }
        pos++;
        if (code === 92) {
          const pair = pos < limit && source.charCodeAt(pos) === 92;
          if (pair)
            pos++;
          value += "";
          if (!pair && pos < limit) {
            value += source[pos];
            pos++;
          }
          break;
        }
        const control = code === 63 ? 127 : code & 31;
        if (control === 0 && code < 128 && nul === -1)
          nul = value.length;
        value += String.fromCharCode(control);
        break;
      }
      case "u":
      case "U": {
        const digitsStart = pos;
        const maxDigits = escaped === "u" ? 4 : 8;
        while (pos < limit && pos - digitsStart < maxDigits && isHex(source.charCodeAt(pos)))
          pos++;
        if (pos === digitsStart) {
          value += `\\${escaped}`;
          break;
        }
        const raw = source.slice(escapeStart, pos);
        const point = Number.parseInt(source.slice(digitsStart, pos), 16);
        if (point === 0 && nul === -1)
          nul = value.length;
        value += codePoint(point, raw);
        break;
      }
      default:
        value += `\\${escaped}`;
        break;
    }
  }
  if (bytes.length > 0)
    value += decodeBytes(bytes);
  if (nul !== -1)
    value = value.slice(0, nul);
  const closed = pos < limit;
  if (closed)
    pos++;
  return { value, end: pos, closed };
}

// node_modules/unbash/dist/expansion.js
var ScriptExpansionImpl = class _ScriptExpansionImpl {
  static _resolveScript;
  type;
  pos;
  end;
  text;
  #window;
  #script = void 0;
  constructor(type, pos, end, text, window) {
    this.type = type;
    this.pos = pos;
    this.end = end;
    this.text = text;
    this.#window = window;
  }
  get script() {
    const window = this.#window;
    if (window !== void 0) {
      const script = _ScriptExpansionImpl._resolveScript(window.source, window.start, window.end, window.depth, window.parenBoundary, window.context);
      if (window.context === void 0)
        script.source = window.source;
      this.script = script;
    }
    return this.#script;
  }
  set script(script) {
    this.#script = script;
    this.#window = void 0;
  }
  toJSON() {
    return { type: this.type, pos: this.pos, end: this.end, text: this.text, script: this.script };
  }
};
var ProcessSubstitutionImpl = class extends ScriptExpansionImpl {
  operator;
  constructor(pos, end, text, operator, window) {
    super("ProcessSubstitution", pos, end, text, window);
    this.operator = operator;
  }
  toJSON() {
    return {
      type: this.type,
      pos: this.pos,
      end: this.end,
      text: this.text,
      operator: this.operator,
      script: this.script
    };
  }
};
var ArithmeticExpansionImpl = class _ArithmeticExpansionImpl {
  static _resolveExpression;
  type = "ArithmeticExpansion";
  pos;
  end;
  text;
  #window;
  #expression = void 0;
  constructor(pos, end, text, window) {
    this.pos = pos;
    this.end = end;
    this.text = text;
    this.#window = window;
  }
  get expression() {
    const window = this.#window;
    if (window !== void 0) {
      this.expression = _ArithmeticExpansionImpl._resolveExpression(window.body, window.offset, window.source, window.depth, window.context, window.depth + 1);
    }
    return this.#expression;
  }
  set expression(expression) {
    this.#expression = expression;
    this.#window = void 0;
  }
  toJSON() {
    return { type: this.type, pos: this.pos, end: this.end, text: this.text, expression: this.expression };
  }
};

// node_modules/unbash/dist/limits.js
var MAX_SYNTAX_NESTING = 256;

// node_modules/unbash/dist/word-value.js
function dequoteValue(parts) {
  let s = "";
  for (const c of parts)
    s += c.type === "Literal" ? c.value : c.text;
  return s;
}
function unescapeBareValue(text) {
  const first = text.indexOf("\\");
  if (first === -1)
    return text;
  let s = "";
  let start = 0;
  for (let i = first; i < text.length; i++) {
    if (text.charCodeAt(i) !== 92)
      continue;
    s += text.slice(start, i);
    i++;
    if (i >= text.length) {
      s += "\\";
      start = i;
      break;
    }
    if (text.charCodeAt(i) !== 10)
      s += text[i];
    start = i + 1;
  }
  return s + text.slice(start);
}
function continuedExpansionValue(text) {
  let pos = 1;
  while (text[pos] === "\\" && text[pos + 1] === "\n")
    pos += 2;
  return pos === 1 || text[pos] !== "(" ? text : text[0] + text.slice(pos);
}
function wordPartsValue(parts) {
  let value = "";
  for (const part of parts) {
    switch (part.type) {
      case "Literal":
      case "Glob":
      case "SingleQuoted":
      case "AnsiCQuoted":
        value += part.value;
        break;
      case "DoubleQuoted":
      case "LocaleString":
        value += dequoteValue(part.parts);
        break;
      case "CommandExpansion":
        value += part.text[0] === "$" ? continuedExpansionValue(part.text) : part.text;
        break;
      case "ExtendedGlob":
        value += continuedExpansionValue(part.text);
        break;
      default:
        value += part.text;
        break;
    }
  }
  return value;
}

// node_modules/unbash/dist/word.js
var WordImpl = class {
  type = "Word";
  text;
  pos;
  end;
  #source;
  #resolver;
  #depth;
  #parts;
  #value = null;
  constructor(text, pos, end, source, resolver, depth = 0) {
    this.text = text;
    this.pos = pos;
    this.end = end;
    this.#source = source;
    this.#resolver = resolver;
    this.#depth = depth;
    this.#parts = resolver === void 0 ? void 0 : null;
  }
  get value() {
    if (this.#value === null) {
      const parts = this.#source === void 0 && this.#parts === null ? void 0 : this.parts;
      this.#value = parts ? wordPartsValue(parts) : unescapeBareValue(this.text);
    }
    return this.#value;
  }
  get parts() {
    if (this.#parts === null) {
      this.#parts = this.#resolver?.(this.#source ?? "", this, this.#depth) ?? void 0;
    }
    return this.#parts;
  }
  set parts(v) {
    this.#parts = v ?? void 0;
  }
  toJSON() {
    return { type: this.type, text: this.text, pos: this.pos, end: this.end, parts: this.parts, value: this.value };
  }
};

// node_modules/unbash/dist/substitution-context.js
function createSubstitutionContext(parent) {
  const boundaries = parent === void 0 ? void 0 : substitutionBoundaries(parent);
  return { boundaries, wordParts: void 0, embeddedParts: void 0, arrayParts: void 0 };
}
function substitutionBoundaries(context) {
  return context.boundaries ?? (context.boundaries = /* @__PURE__ */ new Map());
}

// node_modules/unbash/dist/chars.js
var CH_TAB = 9;
var CH_NL = 10;
var CH_SPACE = 32;
var CH_BANG = 33;
var CH_DQUOTE = 34;
var CH_HASH = 35;
var CH_DOLLAR = 36;
var CH_PERCENT = 37;
var CH_AMP = 38;
var CH_SQUOTE = 39;
var CH_LPAREN = 40;
var CH_RPAREN = 41;
var CH_STAR = 42;
var CH_PLUS = 43;
var CH_COMMA = 44;
var CH_DASH = 45;
var CH_DOT = 46;
var CH_SLASH = 47;
var CH_0 = 48;
var CH_9 = 57;
var CH_COLON = 58;
var CH_SEMI = 59;
var CH_LT = 60;
var CH_EQ = 61;
var CH_GT = 62;
var CH_QUESTION = 63;
var CH_AT = 64;
var CH_A = 65;
var CH_Z = 90;
var CH_LBRACKET = 91;
var CH_BACKSLASH = 92;
var CH_RBRACKET = 93;
var CH_CARET = 94;
var CH_UNDERSCORE = 95;
var CH_BACKTICK = 96;
var CH_a = 97;
var CH_z = 122;
var CH_LBRACE = 123;
var CH_PIPE = 124;
var CH_RBRACE = 125;
var CH_TILDE = 126;
function skipLineContinuations(source, pos, end) {
  while (pos + 1 < end && source.charCodeAt(pos) === CH_BACKSLASH && source.charCodeAt(pos + 1) === CH_NL)
    pos += 2;
  return pos;
}

// node_modules/unbash/dist/glob.js
function hasGlobCharacters(text) {
  return /[*?[]/.test(text);
}
var bracketSyntax = new Uint8Array(128);
bracketSyntax[CH_BANG] = 1;
bracketSyntax[CH_CARET] = 1;
bracketSyntax[CH_LBRACKET] = 1;
bracketSyntax[CH_RBRACKET] = 1;
bracketSyntax[CH_COLON] = 1;
bracketSyntax[CH_DOT] = 1;
bracketSyntax[CH_EQ] = 1;
bracketSyntax[CH_DASH] = 1;
bracketSyntax[CH_BACKSLASH] = 1;
function bracketEnds(source, start, end, parts, offset) {
  let close = end - 1;
  while (close > start && source.charCodeAt(close) !== CH_RBRACKET)
    close--;
  if (close === start)
    return null;
  const positions = [];
  const kinds = [];
  const members = [];
  let partIndex = 0;
  let symbols = false;
  for (let pos = start; pos < end; pos++) {
    while (parts && partIndex < parts.length && parts[partIndex].end <= pos + offset)
      partIndex++;
    const part = parts?.[partIndex];
    const tokenPos = pos;
    let kind = 0;
    if (part && part.pos <= pos + offset && part.type !== "Literal") {
      pos = part.end - offset - 1;
    } else {
      kind = source.charCodeAt(pos);
      if (kind === CH_BACKSLASH && pos + 1 < end && source.charCodeAt(pos + 1) === CH_NL) {
        pos++;
        continue;
      }
      if (kind >= 128 || !bracketSyntax[kind])
        kind = 0;
    }
    const last = kinds.length - 1;
    if (kind === 0 && last >= 0 && kinds[last] === 0) {
      members[last]++;
      continue;
    }
    if (last >= 0 && kinds[last] === CH_LBRACKET && (kind === CH_COLON || kind === CH_EQ || kind === CH_DOT)) {
      symbols = true;
    }
    positions.push(tokenPos);
    kinds.push(kind);
    members.push(1);
  }
  const count = kinds.length;
  let symbolEnd;
  if (symbols) {
    symbolEnd = new Int32Array(count).fill(-1);
    let close2 = -1;
    let colon = -1;
    let eq = -1;
    let dot = -1;
    for (let i = count - 1; i >= 0; i--) {
      const kind = kinds[i + 2];
      if (kind === CH_RBRACKET)
        close2 = i + 2;
      else if (kinds[i + 3] === CH_RBRACKET) {
        if (kind === CH_COLON)
          colon = i + 2;
        else if (kind === CH_EQ)
          eq = i + 2;
        else if (kind === CH_DOT)
          dot = i + 2;
      }
      if (kinds[i] !== CH_LBRACKET)
        continue;
      const type = kinds[i + 1];
      const found = type === CH_COLON ? colon : type === CH_EQ ? eq : type === CH_DOT ? dot : -1;
      if (found !== -1 && (type === CH_DOT || close2 === -1 || close2 > found))
        symbolEnd[i] = found + 2;
    }
  }
  const subBracket = (open) => symbolEnd === void 0 ? -1 : symbolEnd[open];
  const endFrom = new Int32Array(count + 2).fill(-1);
  const resume = (next, range) => {
    if (next >= count)
      return -1;
    if (range && kinds[next] === CH_DASH && next + 1 < count && kinds[next + 1] !== CH_RBRACKET) {
      let last = next + 1;
      if (kinds[last] === CH_BACKSLASH) {
        if (last + 1 >= count)
          return -1;
        last++;
      }
      let after = last + 1;
      if (kinds[last] === CH_LBRACKET && kinds[last + 1] === CH_DOT) {
        const symbol = subBracket(last);
        if (symbol !== -1)
          after = symbol;
      } else if (kinds[last] === 0 && members[last] > 1) {
        return endFrom[last];
      }
      if (after >= count)
        return -1;
      return kinds[after] === CH_RBRACKET ? after + 1 : endFrom[after];
    }
    return kinds[next] === CH_RBRACKET ? next + 1 : endFrom[next];
  };
  for (let t = count - 1; t >= 0; t--) {
    const kind = kinds[t];
    let after = t + 1;
    let range = true;
    if (kind === CH_BACKSLASH) {
      if (t + 1 >= count)
        continue;
      after = t + 2;
    } else if (kind === CH_LBRACKET) {
      const type = kinds[t + 1];
      if (type === CH_COLON || type === CH_EQ || type === CH_DOT) {
        const symbol = subBracket(t);
        if (symbol !== -1) {
          after = symbol;
          range = type === CH_DOT;
        }
      }
    }
    endFrom[t] = resume(after, range);
  }
  const ends = /* @__PURE__ */ new Map();
  for (let t = 0; t < count; t++) {
    if (kinds[t] !== CH_LBRACKET)
      continue;
    let first = t + 1;
    if (kinds[first] === CH_BANG || kinds[first] === CH_CARET)
      first++;
    if (first >= count)
      continue;
    const close2 = kinds[first] === CH_RBRACKET ? resume(first + 1, true) : endFrom[first];
    if (close2 !== -1)
      ends.set(positions[t], positions[close2 - 1] + 1);
  }
  return ends;
}
function appendRange(source, start, end, parts, index, offset, result) {
  while (start < end) {
    while (parts && index < parts.length && parts[index].end <= start + offset)
      index++;
    const part = parts?.[index];
    if (part && part.pos === start + offset && part.end <= end + offset) {
      result.push(part);
      start = part.end - offset;
      index++;
      continue;
    }
    const stop = part ? Math.min(end, (part.pos > start + offset ? part.pos : part.end) - offset) : end;
    const text = source.slice(start, stop);
    result.push({ type: "Literal", pos: start + offset, end: stop + offset, text, value: unescapeBareValue(text) });
    start = stop;
  }
  return index;
}
function parseGlobParts(source, start, end, parts, offset = 0) {
  let result;
  let brackets;
  let partIndex = 0;
  let emittedIndex = 0;
  let literalStart = start;
  for (let pos = start; pos < end; pos++) {
    while (parts && partIndex < parts.length && parts[partIndex].end <= pos + offset)
      partIndex++;
    const part = parts?.[partIndex];
    if (part && part.pos <= pos + offset && part.type !== "Literal") {
      pos = part.end - offset - 1;
      continue;
    }
    const character = source.charCodeAt(pos);
    if (character === CH_BACKSLASH) {
      pos++;
      continue;
    }
    let globEnd;
    if (character === CH_STAR || character === CH_QUESTION) {
      const limit = part ? Math.min(end, part.end - offset) : end;
      const next = skipLineContinuations(source, pos + 1, limit);
      if (next < limit && source.charCodeAt(next) === CH_LPAREN)
        continue;
      globEnd = pos + 1;
      if (character === CH_STAR) {
        while (globEnd < limit && source.charCodeAt(globEnd) === CH_STAR) {
          const next2 = skipLineContinuations(source, globEnd + 1, limit);
          if (next2 < limit && source.charCodeAt(next2) === CH_LPAREN)
            break;
          globEnd++;
        }
      }
    } else if (character === CH_LBRACKET) {
      if (brackets === void 0)
        brackets = bracketEnds(source, pos, end, parts, offset);
      const close = brackets?.get(pos);
      if (close === void 0)
        continue;
      globEnd = close;
    } else {
      continue;
    }
    if (!result)
      result = [];
    emittedIndex = appendRange(source, literalStart, pos, parts, emittedIndex, offset, result);
    const text = source.slice(pos, globEnd);
    let glob;
    if (character === CH_LBRACKET) {
      const interior = [];
      emittedIndex = appendRange(source, pos + 1, globEnd - 1, parts, emittedIndex, offset, interior);
      glob = {
        type: "Glob",
        kind: "bracket",
        pos: pos + offset,
        end: globEnd + offset,
        text,
        value: "[" + wordPartsValue(interior) + "]",
        parts: interior
      };
    } else {
      glob = {
        type: "Glob",
        kind: character === CH_STAR ? "star" : "question",
        pos: pos + offset,
        end: globEnd + offset,
        text,
        value: text,
        parts: void 0
      };
    }
    result.push(glob);
    literalStart = globEnd;
    pos = globEnd - 1;
  }
  if (!result)
    return parts ?? void 0;
  appendRange(source, literalStart, end, parts, emittedIndex, offset, result);
  return result;
}

// node_modules/unbash/dist/lexer.js
var Token = {
  Word: 0,
  Assignment: 1,
  Semi: 2,
  Newline: 3,
  Pipe: 4,
  And: 5,
  Or: 6,
  Amp: 7,
  LParen: 8,
  RParen: 9,
  LBrace: 10,
  RBrace: 11,
  Bang: 12,
  If: 13,
  Then: 14,
  Else: 15,
  Elif: 16,
  Fi: 17,
  Do: 18,
  Done: 19,
  For: 20,
  While: 21,
  Until: 22,
  In: 23,
  Case: 24,
  Esac: 25,
  Function: 26,
  DoubleSemi: 27,
  SemiAmp: 28,
  DoubleSemiAmp: 29,
  Select: 30,
  DblLBracket: 31,
  DblRBracket: 32,
  EOF: 33,
  ArithCmd: 34,
  Coproc: 35,
  Redirect: 36
};
var TokenValue = class {
  token = Token.EOF;
  // Materialized token value, or null for word tokens whose value has not been
  // requested yet (computed from [pos, end) on demand via the owning lexer).
  _value = "";
  _owner;
  pos = 0;
  end = 0;
  fileDescriptor = void 0;
  variableName = void 0;
  descriptorEnd = 0;
  delimiterQuoted = false;
  content = void 0;
  targetPos = 0;
  targetEnd = 0;
  assignmentOperatorPos = -1;
  // True when `value` is exactly the raw source span [pos, end) — lets consumers
  // reuse the string instead of slicing the source again.
  raw = false;
  // True when a word contains no quoting, escaped characters, or expansions.
  // Backslash-newline continuations preserve keyword eligibility.
  keywordEligible = false;
  constructor(owner = null) {
    this._owner = owner;
  }
  get value() {
    return this._value ?? (this._value = this._owner === null ? "" : this._owner._tokenValue(this.pos, this.end, this.raw));
  }
  set value(v) {
    this._value = v;
  }
  reset() {
    this.token = Token.EOF;
    this._value = "";
    this.pos = 0;
    this.end = 0;
    this.fileDescriptor = void 0;
    this.variableName = void 0;
    this.descriptorEnd = 0;
    this.delimiterQuoted = false;
    this.content = void 0;
    this.targetPos = 0;
    this.targetEnd = 0;
    this.assignmentOperatorPos = -1;
    this.raw = false;
    this.keywordEligible = false;
  }
  copyFrom(other) {
    this.token = other.token;
    this._value = other._value;
    this.pos = other.pos;
    this.end = other.end;
    this.fileDescriptor = other.fileDescriptor;
    this.variableName = other.variableName;
    this.descriptorEnd = other.descriptorEnd;
    this.delimiterQuoted = other.delimiterQuoted;
    this.content = other.content;
    this.targetPos = other.targetPos;
    this.targetEnd = other.targetEnd;
    this.assignmentOperatorPos = other.assignmentOperatorPos;
    this.raw = other.raw;
    this.keywordEligible = other.keywordEligible;
  }
};
var RESERVED_WORDS = /* @__PURE__ */ new Map([
  ["if", Token.If],
  ["then", Token.Then],
  ["else", Token.Else],
  ["elif", Token.Elif],
  ["fi", Token.Fi],
  ["do", Token.Do],
  ["done", Token.Done],
  ["for", Token.For],
  ["while", Token.While],
  ["until", Token.Until],
  ["in", Token.In],
  ["case", Token.Case],
  ["esac", Token.Esac],
  ["function", Token.Function],
  ["select", Token.Select],
  ["coproc", Token.Coproc],
  ["!", Token.Bang],
  ["{", Token.LBrace],
  ["}", Token.RBrace]
]);
var charType = new Uint8Array(128);
charType[CH_PIPE] = 1;
charType[CH_AMP] = 1;
charType[CH_SEMI] = 1;
charType[CH_LPAREN] = 1;
charType[CH_RPAREN] = 1;
charType[CH_LT] = 1;
charType[CH_GT] = 1;
charType[CH_SPACE] = 1;
charType[CH_TAB] = 1;
charType[CH_NL] = 1;
charType[CH_BACKSLASH] = 2;
charType[CH_SQUOTE] = 2;
charType[CH_DQUOTE] = 2;
charType[CH_DOLLAR] = 2;
charType[CH_BACKTICK] = 2;
charType[CH_LBRACE] = 2;
function skipBlanks(source, pos, end) {
  while (pos < end) {
    const ch = source.charCodeAt(pos);
    if (ch === CH_SPACE || ch === CH_TAB)
      pos++;
    else if (ch === CH_BACKSLASH && pos + 1 < end && source.charCodeAt(pos + 1) === CH_NL)
      pos += 2;
    else
      break;
  }
  return pos;
}
var arithmeticWordDelimiter = new Uint8Array(128);
for (const ch of [
  CH_TAB,
  CH_NL,
  CH_SPACE,
  CH_BANG,
  CH_PERCENT,
  CH_AMP,
  CH_LPAREN,
  CH_RPAREN,
  CH_STAR,
  CH_PLUS,
  CH_COMMA,
  CH_DASH,
  CH_SLASH,
  CH_COLON,
  CH_LT,
  CH_EQ,
  CH_GT,
  CH_QUESTION,
  CH_CARET,
  CH_PIPE
]) {
  arithmeticWordDelimiter[ch] = 1;
}
function hasEmbeddedWordStructure(source, start, end) {
  for (let pos = start; pos < end; pos++) {
    const ch = source.charCodeAt(pos);
    if (ch === CH_BACKSLASH || ch === CH_SQUOTE || ch === CH_DQUOTE || ch === CH_DOLLAR || ch === CH_BACKTICK || (ch === CH_LT || ch === CH_GT) && pos + 1 < end && source.charCodeAt(pos + 1) === CH_LPAREN) {
      return true;
    }
  }
  return false;
}
function findUnnested(s, target, pairTernaries = false, findNestedEnd) {
  let depth = 0;
  let ternaryDepth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CH_BACKSLASH) {
      i++;
      continue;
    }
    if (c === CH_LBRACE) {
      depth++;
      continue;
    }
    if (c === CH_RBRACE) {
      if (depth > 0)
        depth--;
      continue;
    }
    if (c === CH_SQUOTE) {
      i++;
      while (i < s.length && s.charCodeAt(i) !== CH_SQUOTE)
        i++;
      continue;
    }
    if (c === CH_DQUOTE) {
      i++;
      while (i < s.length) {
        const quoted = s.charCodeAt(i);
        if (quoted === CH_DQUOTE)
          break;
        if (quoted === CH_BACKSLASH) {
          i += 2;
          continue;
        }
        const nestedEnd2 = findNestedEnd?.(i, true) ?? i;
        if (nestedEnd2 > i) {
          i = nestedEnd2;
          continue;
        }
        i++;
      }
      continue;
    }
    const nestedEnd = findNestedEnd?.(i, false) ?? i;
    if (nestedEnd > i) {
      i = nestedEnd - 1;
      continue;
    }
    if (pairTernaries && depth === 0) {
      if (c === CH_QUESTION) {
        ternaryDepth++;
        continue;
      }
      if (c === CH_COLON && ternaryDepth > 0) {
        ternaryDepth--;
        continue;
      }
    }
    if (c === target && depth === 0)
      return i;
  }
  return -1;
}
var isIdChar = new Uint8Array(128);
for (let i = CH_a; i <= CH_z; i++)
  isIdChar[i] = 3;
for (let i = CH_A; i <= CH_Z; i++)
  isIdChar[i] = 3;
for (let i = CH_0; i <= CH_9; i++)
  isIdChar[i] = 2;
isIdChar[CH_UNDERSCORE] = 3;
var extglobPrefix = new Uint8Array(128);
extglobPrefix[CH_QUESTION] = 1;
extglobPrefix[CH_AT] = 1;
extglobPrefix[CH_STAR] = 1;
extglobPrefix[CH_PLUS] = 1;
extglobPrefix[CH_BANG] = 1;
extglobPrefix[CH_EQ] = 1;
function isExtglobOpen(prefix) {
  return prefix < 128 && prefix !== CH_EQ && extglobPrefix[prefix] === 1;
}
var extglobOp = {
  [CH_QUESTION]: "?",
  [CH_AT]: "@",
  [CH_STAR]: "*",
  [CH_PLUS]: "+",
  [CH_BANG]: "!"
};
function isDQChild(p) {
  const t = p.type;
  return t === "Literal" || t === "SimpleExpansion" || t === "ParameterExpansion" || t === "CommandExpansion" || t === "ArithmeticExpansion";
}
function isAllDigitsRange(src2, start, end) {
  for (let i = start; i < end; i++) {
    const c = src2.charCodeAt(i);
    if (c < CH_0 || c > CH_9)
      return false;
  }
  return end > start;
}
var ASSIGNMENT_INVALID = -1;
var ASSIGNMENT_NAME_START = 0;
var ASSIGNMENT_NAME = 1;
var ASSIGNMENT_AFTER_INDEX = 2;
var ASSIGNMENT_AFTER_PLUS = 3;
var ASSIGNMENT_INDEX_BASE = 4;
function joinWordParts(head, tail) {
  const last = head[head.length - 1];
  const first = tail[0];
  let start = 0;
  if (last?.type === "Literal" && first?.type === "Literal" && last.end === first.pos) {
    head[head.length - 1] = {
      type: "Literal",
      pos: last.pos,
      end: first.end,
      text: last.text + first.text,
      value: last.value + first.value
    };
    start = 1;
  }
  for (let i = start; i < tail.length; i++)
    head.push(tail[i]);
  return head;
}
function isMatchedAssignment(state) {
  return state < ASSIGNMENT_INVALID;
}
function assignmentOperatorPos(state) {
  return -state - 2;
}
function scanAssignmentPrefix(src2, start, end, initialState) {
  let state = initialState;
  for (let i = start; i < end && state >= 0; i++) {
    const c = src2.charCodeAt(i);
    if (state >= ASSIGNMENT_INDEX_BASE) {
      if (c === CH_LBRACKET)
        state++;
      else if (c === CH_RBRACKET && --state === ASSIGNMENT_INDEX_BASE)
        state = ASSIGNMENT_AFTER_INDEX;
    } else if (state === ASSIGNMENT_NAME_START) {
      state = c < 128 && isIdChar[c] & 1 ? ASSIGNMENT_NAME : ASSIGNMENT_INVALID;
    } else if (state === ASSIGNMENT_NAME) {
      if (c < 128 && isIdChar[c] & 2)
        continue;
      if (c === CH_LBRACKET)
        state = ASSIGNMENT_INDEX_BASE + 1;
      else if (c === CH_PLUS)
        state = ASSIGNMENT_AFTER_PLUS;
      else
        state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
    } else if (state === ASSIGNMENT_AFTER_INDEX) {
      if (c === CH_PLUS)
        state = ASSIGNMENT_AFTER_PLUS;
      else
        state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
    } else {
      state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
    }
  }
  return state;
}
function setToken(out2, token, value, pos = 0, end = 0) {
  out2.token = token;
  out2._value = value;
  out2.pos = pos;
  out2.end = end;
  out2.fileDescriptor = void 0;
  out2.variableName = void 0;
  out2.descriptorEnd = 0;
  out2.delimiterQuoted = false;
  out2.content = void 0;
  out2.assignmentOperatorPos = -1;
  out2.raw = false;
  out2.keywordEligible = false;
}
function setSpanToken(out2, token, pos, end, raw) {
  out2.token = token;
  out2._value = null;
  out2.pos = pos;
  out2.end = end;
  out2.fileDescriptor = void 0;
  out2.variableName = void 0;
  out2.descriptorEnd = 0;
  out2.delimiterQuoted = false;
  out2.content = void 0;
  out2.assignmentOperatorPos = -1;
  out2.raw = raw;
  out2.keywordEligible = false;
}
function matchReservedWord(src2, start, len) {
  switch (src2.charCodeAt(start)) {
    case CH_BANG:
      return len === 1 ? Token.Bang : void 0;
    case CH_LBRACE:
      return len === 1 ? Token.LBrace : void 0;
    case CH_RBRACE:
      return len === 1 ? Token.RBrace : void 0;
    case 105: {
      if (len !== 2)
        return void 0;
      const c = src2.charCodeAt(start + 1);
      return c === 102 ? Token.If : c === 110 ? Token.In : void 0;
    }
    case 102:
      if (len === 2)
        return src2.charCodeAt(start + 1) === 105 ? Token.Fi : void 0;
      if (len === 3)
        return src2.startsWith("for", start) ? Token.For : void 0;
      if (len === 8)
        return src2.startsWith("function", start) ? Token.Function : void 0;
      return void 0;
    case 116:
      return len === 4 && src2.startsWith("then", start) ? Token.Then : void 0;
    case 101:
      if (len !== 4)
        return void 0;
      if (src2.startsWith("else", start))
        return Token.Else;
      if (src2.startsWith("elif", start))
        return Token.Elif;
      if (src2.startsWith("esac", start))
        return Token.Esac;
      return void 0;
    case 100:
      if (len === 2)
        return src2.charCodeAt(start + 1) === 111 ? Token.Do : void 0;
      if (len === 4)
        return src2.startsWith("done", start) ? Token.Done : void 0;
      return void 0;
    case 99:
      if (len === 4)
        return src2.startsWith("case", start) ? Token.Case : void 0;
      if (len === 6)
        return src2.startsWith("coproc", start) ? Token.Coproc : void 0;
      return void 0;
    case 119:
      return len === 5 && src2.startsWith("while", start) ? Token.While : void 0;
    case 117:
      return len === 5 && src2.startsWith("until", start) ? Token.Until : void 0;
    case 115:
      return len === 6 && src2.startsWith("select", start) ? Token.Select : void 0;
    default:
      return void 0;
  }
}
var LexContext = {
  Normal: 0,
  CommandStart: 1,
  TestMode: 2,
  // After a prefix element: assignments still recognized, reserved words not.
  CommandPrefix: 3,
  // Assignment arguments retain ordinary word boundaries inside subscripts.
  Declaration: 4,
  ArrayElement: 5,
  FunctionName: 6,
  CasePattern: 7,
  // Arguments of eval and let: ordinary words, but `name=(…)` keeps its array value as in Bash.
  EvalArgument: 8
};
function isBraceCommandOpener(after) {
  return after === CH_SPACE || after === CH_TAB || after === CH_NL || after === CH_PIPE;
}
var Lexer = class _Lexer {
  static _findSubstitutionEnd;
  src;
  srcEnd;
  parenBoundary;
  pos;
  current;
  nextState;
  hasPeek;
  pendingHereDocs;
  substitutionContext;
  _errors = null;
  _buildParts = false;
  // Build processed text while scanning. Off on the normal token path (values
  // materialize lazily); on for redirect targets, heredoc delimiters, arithmetic
  // command bodies, and bounded value re-lexes. _buildParts implies it.
  _buildValue = false;
  // Nesting depth of the window being lexed (enclosing sub-fields plus substitution
  // scripts), sharing the MAX_SYNTAX_NESTING budget across lazily created lexers.
  _nestingDepth = 0;
  // `start`/`end` bound the lexer to a window of `src` so substitution scripts can be
  // parsed in place against the original source — every position is then absolute, with
  // no slicing or re-basing. Defaults cover the whole string (the common top-level parse).
  constructor(src2, start = 0, end = src2.length, parenBoundary = false, context = createSubstitutionContext()) {
    this.src = src2;
    this.srcEnd = end;
    this.parenBoundary = parenBoundary;
    this.pos = start;
    this.current = new TokenValue(this);
    this.nextState = new TokenValue(this);
    this.hasPeek = false;
    this.pendingHereDocs = null;
    this.substitutionContext = context;
    if (start === 0 && src2.charCodeAt(0) === CH_HASH && src2.charCodeAt(1) === CH_BANG) {
      const nl = src2.indexOf("\n");
      this.pos = nl === -1 ? this.srcEnd : nl + 1;
    }
  }
  getSource() {
    return this.src;
  }
  // Fresh window sharing source, depth and substitution context; tokens, errors, heredocs and build flags reset.
  fork(start, end, parenBoundary = false) {
    const lexer = new _Lexer(this.src, start, end, parenBoundary, this.substitutionContext);
    lexer._nestingDepth = this._nestingDepth;
    return lexer;
  }
  getSubstitutionContext() {
    return this.substitutionContext;
  }
  get errors() {
    return this._errors ?? (this._errors = []);
  }
  // A substitution's script parses lazily, one level below the window it was found in, in
  // place over `inner` at `start`, sharing this scan's substitution boundaries.
  commandExpansion(pos, text, start, inner, parenBoundary = false) {
    const window = this.scriptWindow(this.src, start, start + inner.length, parenBoundary);
    return new ScriptExpansionImpl("CommandExpansion", pos, this.pos, text, window);
  }
  // Escaped backticks rebuild `inner` with the escapes removed, so it is no longer a verbatim
  // substring of the source: that script parses the decoded body as its own source.
  decodedCommandExpansion(pos, text, inner) {
    const window = this.scriptWindow(inner, 0, inner.length, false, true);
    return new ScriptExpansionImpl("CommandExpansion", pos, this.pos, text, window);
  }
  processSubstitution(pos, text, operator, inner) {
    const window = this.scriptWindow(this.src, pos + 2, pos + 2 + inner.length, !this._unbalanced);
    return new ProcessSubstitutionImpl(pos, this.pos, text, operator, window);
  }
  // Past the nesting budget the part gets no window, so lazy materialization bottoms out.
  scriptWindow(source, start, end, parenBoundary, decoded = false) {
    if (this._nestingDepth > MAX_SYNTAX_NESTING)
      return void 0;
    const context = decoded ? void 0 : this.substitutionContext;
    return { source, start, end, depth: this._nestingDepth + 1, parenBoundary, context };
  }
  getPos() {
    return this.pos;
  }
  findSubstitutionEnd(start, end, depth = this._nestingDepth + 1) {
    if (_Lexer._findSubstitutionEnd === void 0)
      return -1;
    return _Lexer._findSubstitutionEnd(this.src, start, end, depth, this.substitutionContext);
  }
  /** Materialize a word token's value: raw spans slice directly, others re-lex the span. */
  _tokenValue(pos, end, raw) {
    return raw ? this.src.slice(pos, end) : this.wordValueOf(pos, end);
  }
  // Re-lex [start, end) in value mode to produce the processed word text. Bounded
  // to the span, so every expansion the original scan consumed closes within it.
  // Errors were already reported by the original scan; suppress duplicates.
  wordValueOf(start, end) {
    const savedPos = this.pos;
    const savedEnd = this.srcEnd;
    const savedBracketWindow = this._bracketWindow;
    const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
    const savedBuildValue = this._buildValue;
    const savedUnbalanced = this._unbalanced;
    const errorCount = this._errors === null ? 0 : this._errors.length;
    this.pos = start;
    this.srcEnd = end;
    this._buildValue = true;
    this.readWordText();
    if (this.pos < end && this._wordAssignmentState !== void 0 && this._wordAssignmentState >= ASSIGNMENT_INDEX_BASE) {
      this.pos = start;
      this.readWordText(true);
    }
    const value = this._wordText;
    this.pos = savedPos;
    this.srcEnd = savedEnd;
    this._bracketWindow = savedBracketWindow;
    this._arithmeticBracketWindow = savedArithmeticBracketWindow;
    this._buildValue = savedBuildValue;
    this._unbalanced = savedUnbalanced;
    if (this._errors !== null)
      this._errors.length = errorCount;
    return value;
  }
  /** Find the closing bracket for a shell subscript, ignoring brackets inside nested shell syntax. */
  findClosingBracket(start, end = this.srcEnd) {
    const limit = Math.min(end, this.srcEnd);
    let window = this._bracketWindow;
    if (!window || window.limit !== limit) {
      window = { limit, depth: this._nestingDepth, last: this.src.lastIndexOf("]", limit - 1) };
      this._bracketWindow = window;
    }
    if (start > window.last)
      return -1;
    if (window.depth !== this._nestingDepth) {
      window = { limit, depth: this._nestingDepth, last: window.last };
      this._bracketWindow = window;
    }
    if (window.failed?.has(start))
      return -1;
    const unmatched = [];
    const close = this.findClosingShellDelimiter(start, end, CH_RBRACKET, false, true, unmatched);
    if (close === -1) {
      const failed = window.failed ?? (window.failed = /* @__PURE__ */ new Set());
      for (const starts of unmatched)
        for (const pos of starts)
          failed.add(pos);
    }
    return close;
  }
  /** Find the closing bracket of `$[ … ]`, which unlike a subscript does not recurse into `${ }`. */
  findClosingArithmeticBracket(start, end = this.srcEnd) {
    const limit = Math.min(end, this.srcEnd);
    let window = this._arithmeticBracketWindow;
    if (!window || window.end !== limit || window.depth !== this._nestingDepth) {
      window = { end: limit, depth: this._nestingDepth, failed: /* @__PURE__ */ new Set() };
      this._arithmeticBracketWindow = window;
    }
    if (window.failed.has(start))
      return -1;
    return this.findClosingShellDelimiter(start, end, CH_RBRACKET, false, false, void 0, window.failed);
  }
  /** Find the closing brace for a parameter expansion, ignoring braces inside nested shell syntax. */
  findClosingBrace(start, end = this.srcEnd) {
    return this.findClosingShellDelimiter(start, end, CH_RBRACE);
  }
  /** Find the closing parenthesis for a shell substitution using the command-aware scanner. */
  findClosingParenthesis(start, end = this.srcEnd) {
    const savedPos = this.pos;
    const savedEnd = this.srcEnd;
    const savedBracketWindow = this._bracketWindow;
    const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
    const savedUnbalanced = this._unbalanced;
    this.pos = start;
    this.srcEnd = Math.min(end, this.srcEnd);
    this.extractBalanced();
    const close = this._unbalanced ? -1 : this.pos - 1;
    this.pos = savedPos;
    this.srcEnd = savedEnd;
    this._bracketWindow = savedBracketWindow;
    this._arithmeticBracketWindow = savedArithmeticBracketWindow;
    this._unbalanced = savedUnbalanced;
    return close;
  }
  /** Find the end of one arithmetic expansion using the canonical lexer scanner. */
  findArithmeticExpansionEnd(start, end = this.srcEnd) {
    const scanner = this.fork(start, end);
    scanner.pos = start + 1;
    scanner.scanArithmeticBody();
    return scanner.pos;
  }
  /** Find the end of one shell-expanded arithmetic word using the canonical lexer scanners. */
  findArithmeticWordEnd(start, end = this.srcEnd) {
    const scanner = this.fork(start, end);
    scanner.pos = start;
    return scanner.scanArithmeticWordEnd();
  }
  scanArithmeticWordEnd() {
    while (this.pos < this.srcEnd) {
      const ch = this.src.charCodeAt(this.pos);
      if (ch === CH_DOLLAR) {
        this.readDollar();
        continue;
      }
      if (ch === CH_BACKTICK) {
        this.readBacktickExpansion();
        continue;
      }
      if (ch === CH_SQUOTE) {
        this.pos++;
        this.skipSQ();
        continue;
      }
      if (ch === CH_DQUOTE) {
        this.pos++;
        this.skipDQ();
        continue;
      }
      if (ch === CH_BACKSLASH) {
        this.pos += 2;
        continue;
      }
      if (ch === CH_LBRACKET) {
        const close = this.findClosingBracket(this.pos + 1);
        if (close !== -1) {
          this.pos = close + 1;
          continue;
        }
      }
      if ((ch === CH_LT || ch === CH_GT) && this.src.charCodeAt(this.pos + 1) === CH_LPAREN) {
        this.pos += 2;
        this.extractBalanced();
        continue;
      }
      if (ch < 128 && arithmeticWordDelimiter[ch])
        break;
      this.pos++;
    }
    return this.pos;
  }
  // Only array assignment bodies take comments and leading `[` subscripts and reject operators;
  // extglob shares this scanner, and `#` is pattern data there.
  findClosingShellDelimiter(start, end, closing, array = false, braces = true, bracketStarts, failedBrackets) {
    const savedPos = this.pos;
    const savedEnd = this.srcEnd;
    const savedBracketWindow = this._bracketWindow;
    const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
    const savedUnbalanced = this._unbalanced;
    this.srcEnd = Math.min(end, this.srcEnd);
    const delimiters = [closing];
    bracketStarts?.push([]);
    const failedStarts = failedBrackets ? [start] : void 0;
    let pos = start;
    let wordStart = true;
    let invalid = -1;
    while (pos < this.srcEnd) {
      const expected = delimiters[delimiters.length - 1];
      if (bracketStarts && expected === CH_RBRACKET)
        bracketStarts[bracketStarts.length - 1].push(pos);
      const ch = this.src.charCodeAt(pos);
      if (ch === CH_BACKSLASH) {
        if (pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) !== CH_NL)
          wordStart = false;
        pos += 2;
        continue;
      }
      if (ch === CH_HASH && array && delimiters.length === 1 && wordStart) {
        while (pos < this.srcEnd && this.src.charCodeAt(pos) !== CH_NL)
          pos++;
        continue;
      }
      if (ch === CH_SQUOTE) {
        this.pos = pos + 1;
        this.skipSQ();
        pos = this.pos;
        wordStart = false;
        continue;
      }
      if (ch === CH_DQUOTE) {
        this.pos = pos + 1;
        this.skipDQ();
        pos = this.pos;
        wordStart = false;
        continue;
      }
      if (ch === CH_BACKTICK) {
        pos++;
        while (pos < this.srcEnd && this.src.charCodeAt(pos) !== CH_BACKTICK) {
          if (this.src.charCodeAt(pos) === CH_BACKSLASH)
            pos++;
          pos++;
        }
        if (pos < this.srcEnd)
          pos++;
        wordStart = false;
        continue;
      }
      if (ch === CH_DOLLAR && pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) === CH_LPAREN || (ch === CH_LT || ch === CH_GT) && pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) === CH_LPAREN) {
        this.pos = pos + 2;
        this.extractBalanced();
        pos = this.pos;
        wordStart = false;
        continue;
      }
      if (ch === CH_DOLLAR && pos + 1 < this.srcEnd) {
        const after = this.src.charCodeAt(pos + 1);
        if (after === CH_SQUOTE) {
          pos = decodeAnsiCQuoted(this.src, pos + 2, this.srcEnd).end;
          wordStart = false;
          continue;
        }
        if (after === CH_DOLLAR) {
          pos += 2;
          wordStart = false;
          continue;
        }
        if (after === CH_LBRACE && braces) {
          delimiters.push(CH_RBRACE);
          bracketStarts?.push([]);
          pos += 2;
          wordStart = false;
          continue;
        }
      }
      if (array && delimiters.length === 1) {
        if (ch === CH_LBRACKET && wordStart) {
          delimiters.push(CH_RBRACKET);
          bracketStarts?.push([]);
        } else if (invalid === -1 && (ch === CH_SEMI || ch === CH_AMP || ch === CH_PIPE || ch === CH_LT || ch === CH_GT || ch === CH_LPAREN && !isExtglobOpen(this.src.charCodeAt(pos - 1)))) {
          invalid = pos;
        }
      }
      if (expected === CH_RBRACKET && ch === CH_LBRACKET) {
        delimiters.push(CH_RBRACKET);
        bracketStarts?.push([]);
        failedStarts?.push(pos + 1);
      } else if (expected === CH_RPAREN && ch === CH_LPAREN) {
        delimiters.push(CH_RPAREN);
        bracketStarts?.push([]);
      } else if (ch === expected) {
        delimiters.pop();
        failedStarts?.pop();
        bracketStarts?.pop();
        if (delimiters.length === 0) {
          this.pos = savedPos;
          this.srcEnd = savedEnd;
          this._bracketWindow = savedBracketWindow;
          this._arithmeticBracketWindow = savedArithmeticBracketWindow;
          this._unbalanced = savedUnbalanced;
          if (invalid !== -1)
            this.errors.push({ message: `unexpected '${this.src[invalid]}' in array assignment`, pos: invalid });
          return pos;
        }
        wordStart = false;
        pos++;
        continue;
      }
      wordStart = ch < 128 && (charType[ch] & 1) !== 0;
      pos++;
    }
    if (failedStarts)
      for (const start2 of failedStarts)
        failedBrackets.add(start2);
    this.pos = savedPos;
    this.srcEnd = savedEnd;
    this._bracketWindow = savedBracketWindow;
    this._arithmeticBracketWindow = savedArithmeticBracketWindow;
    this._unbalanced = savedUnbalanced;
    return -1;
  }
  // End of the brace expansion opened at `start`, or -1. As in Bash's brace_gobbler, quotes,
  // escapes, parameter expansions and substitutions are opaque; an unquoted metacharacter
  // ends the word before the brace closes. The word scan reports errors in the skipped text.
  scanBraceExpansion(start, results) {
    const src2 = this.src;
    const len = this.srcEnd;
    const cached = results.get(start);
    if (cached !== void 0)
      return cached;
    const savedPos = this.pos;
    const savedUnbalanced = this._unbalanced;
    const errorCount = this._errors === null ? 0 : this._errors.length;
    const frames = [start, 0];
    let pos = start + 1;
    while (pos < len) {
      const ch = src2.charCodeAt(pos);
      const type = ch < 128 ? charType[ch] : 0;
      if (type === 0) {
        pos++;
        if (ch === CH_RBRACE) {
          const hasSep = frames.pop();
          results.set(frames.pop(), hasSep ? pos : -1);
          if (frames.length === 0)
            break;
        } else if (ch === 44 || ch === 46 && src2.charCodeAt(pos) === 46) {
          frames[frames.length - 1] = 1;
        }
        continue;
      }
      const next = pos + 1 < len ? src2.charCodeAt(pos + 1) : 0;
      if (type & 1) {
        if (next === CH_LPAREN && (ch === CH_LT || ch === CH_GT)) {
          this.pos = pos + 2;
          this.extractBalanced();
          pos = this.pos;
        } else if (ch === CH_LPAREN && isExtglobOpen(src2.charCodeAt(pos - 1))) {
          const close = this.findClosingShellDelimiter(pos + 1, len, CH_RPAREN);
          if (close === -1)
            break;
          pos = close + 1;
        } else {
          break;
        }
      } else if (ch === CH_BACKSLASH) {
        pos += 2;
      } else if (ch === CH_SQUOTE) {
        this.pos = pos + 1;
        this.skipSQ();
        pos = this.pos;
      } else if (ch === CH_DQUOTE) {
        this.pos = pos + 1;
        this.skipDQ();
        pos = this.pos;
      } else if (ch === CH_BACKTICK) {
        pos++;
        while (pos < len && src2.charCodeAt(pos) !== CH_BACKTICK)
          pos += src2.charCodeAt(pos) === CH_BACKSLASH ? 2 : 1;
        pos++;
      } else if (ch === CH_LBRACE) {
        frames.push(pos, 0);
        pos++;
      } else if (next === CH_SQUOTE) {
        pos = decodeAnsiCQuoted(src2, pos + 2, len).end;
      } else if (next === CH_LBRACE) {
        const close = this.findClosingBrace(pos + 2, len);
        if (close === -1)
          break;
        pos = close + 1;
      } else if (next === CH_LPAREN) {
        this.pos = pos + 2;
        this.extractBalanced();
        pos = this.pos;
      } else {
        pos++;
      }
    }
    this.pos = savedPos;
    this._unbalanced = savedUnbalanced;
    if (this._errors !== null)
      this._errors.length = errorCount;
    for (let index = 0; index < frames.length; index += 2)
      results.set(frames[index], -1);
    return results.get(start);
  }
  skipSubshellBody() {
    this.extractBalanced(false);
    return this._unbalanced ? -1 : this.pos;
  }
  skipCompoundBody(closeToken) {
    const frames = [
      { close: closeToken, phase: closeToken === Token.Esac ? "case-pattern" : "commands" }
    ];
    let commandStart = true;
    for (; ; ) {
      const phase = frames[frames.length - 1].phase;
      let ctx = commandStart ? LexContext.CommandStart : LexContext.Normal;
      if (phase === "function-name")
        ctx = LexContext.FunctionName;
      else if (phase === "case-pattern" && commandStart)
        ctx = LexContext.CasePattern;
      const value = this.next(ctx);
      const token = value.token;
      if (token === Token.EOF)
        return -1;
      const last = frames.length - 1;
      const frame = frames[last];
      if (frame.phase === "function-name") {
        if (token === Token.Newline)
          continue;
        frame.phase = "function-body";
        commandStart = true;
        continue;
      } else if (frame.phase === "function-body") {
        if (token === Token.Newline)
          continue;
        frame.phase = "commands";
        commandStart = true;
        if (token === Token.LParen && this.peek(LexContext.Normal).token === Token.RParen) {
          this.next(LexContext.Normal);
          frame.phase = "function-body";
          continue;
        }
      } else if (frame.phase === "coproc-command") {
        if (token === Token.Newline)
          continue;
        if (token === Token.Word) {
          frame.phase = "coproc-body";
          commandStart = true;
          continue;
        }
        frame.phase = "commands";
        commandStart = true;
      } else if (frame.phase === "coproc-body") {
        if (token === Token.Newline)
          continue;
        frame.phase = token === Token.Word && value.keywordEligible && value.value === "time" ? "time-command" : "commands";
        commandStart = true;
        if (frame.phase === "time-command")
          continue;
      } else if (frame.phase === "time-command") {
        if (token === Token.Word && value.keywordEligible && value.value === "-p") {
          frame.phase = "time-command-after-p";
          continue;
        }
        if (token === Token.Word && value.keywordEligible && value.value === "--") {
          frame.phase = "commands";
          continue;
        }
        frame.phase = "commands";
        commandStart = true;
      } else if (frame.phase === "time-command-after-p") {
        if (token === Token.Word && value.keywordEligible && value.value === "--") {
          frame.phase = "commands";
          continue;
        }
        frame.phase = "commands";
        commandStart = true;
      } else if (frame.phase === "for-header") {
        if (token === Token.ArithCmd || token === Token.Semi || token === Token.Newline) {
          commandStart = true;
          continue;
        }
        if (token === Token.Do || token === Token.LBrace) {
          frame.close = token === Token.Do ? Token.Done : Token.RBrace;
          frame.phase = "commands";
          commandStart = true;
          continue;
        }
      } else if (frame.phase === "case-word") {
        if (token === Token.Newline)
          continue;
        frame.phase = "case-in";
        commandStart = false;
        continue;
      } else if (frame.phase === "case-in") {
        if (token === Token.Newline) {
          commandStart = true;
          continue;
        }
        frame.phase = "case-pattern";
        commandStart = true;
        continue;
      } else if (frame.phase === "case-pattern") {
        if (token === Token.Esac && commandStart) {
          frames.pop();
          if (frames.length === 0)
            return value.end;
          commandStart = false;
          continue;
        }
        if (token === Token.RParen) {
          frame.phase = "commands";
          commandStart = true;
        } else {
          commandStart = token === Token.Newline;
        }
        continue;
      }
      if (token === frame.close) {
        frames.pop();
        if (frames.length === 0)
          return value.end;
        commandStart = false;
        continue;
      }
      if (commandStart) {
        switch (token) {
          case Token.LParen:
            frames.push({ close: Token.RParen, phase: "commands" });
            break;
          case Token.LBrace:
            frames.push({ close: Token.RBrace, phase: "commands" });
            break;
          case Token.If:
            frames.push({ close: Token.Fi, phase: "commands" });
            break;
          case Token.For:
            frames.push({ close: Token.Done, phase: "for-header" });
            break;
          case Token.While:
          case Token.Until:
          case Token.Select:
            frames.push({ close: Token.Done, phase: "commands" });
            break;
          case Token.Case:
            frames.push({ close: Token.Esac, phase: "case-word" });
            break;
          case Token.DblLBracket:
            if (!this.skipTestCommandBody())
              return -1;
            commandStart = false;
            continue;
          case Token.Assignment:
          case Token.Redirect:
          case Token.Bang:
          case Token.Then:
          case Token.Else:
          case Token.Elif:
          case Token.Do:
          case Token.In:
            break;
          case Token.Semi:
          case Token.Newline:
          case Token.Pipe:
          case Token.And:
          case Token.Or:
          case Token.Amp:
          case Token.DoubleSemi:
          case Token.SemiAmp:
          case Token.DoubleSemiAmp:
            break;
          case Token.Function:
            frame.phase = "function-name";
            break;
          case Token.Coproc:
            frame.phase = "coproc-command";
            break;
          default:
            if (token === Token.Word && value.keywordEligible && value.value === "time") {
              frame.phase = "time-command";
              commandStart = true;
            } else {
              commandStart = false;
            }
            continue;
        }
      }
      switch (token) {
        case Token.Semi:
        case Token.Newline:
        case Token.Pipe:
        case Token.And:
        case Token.Or:
        case Token.Amp:
          commandStart = true;
          break;
        case Token.DoubleSemi:
        case Token.SemiAmp:
        case Token.DoubleSemiAmp:
          if (frame.close === Token.Esac)
            frame.phase = "case-pattern";
          commandStart = true;
          break;
        case Token.RParen:
          commandStart = true;
          break;
      }
    }
  }
  skipTestGroup() {
    let depth = 1;
    for (; ; ) {
      const value = this.next(LexContext.TestMode);
      if (value.token === Token.EOF)
        return -1;
      if (value.token === Token.DblRBracket) {
        this.unshift(value);
        return -1;
      }
      if (value.token === Token.LParen)
        depth++;
      else if (value.token === Token.RParen && --depth === 0)
        return value.end;
    }
  }
  skipTestCommandBody() {
    for (; ; ) {
      const token = this.next(LexContext.TestMode).token;
      if (token === Token.DblRBracket)
        return true;
      if (token === Token.EOF)
        return false;
    }
  }
  /** Set position and scan a word, building parts. Used by computeWordParts. */
  buildWordParts(startPos) {
    this._buildParts = true;
    this.pos = startPos;
    const ch = this.src.charCodeAt(startPos);
    if ((ch === 60 || ch === 62) && startPos + 1 < this.srcEnd && this.src.charCodeAt(startPos + 1) === 40) {
      this.pos = startPos + 2;
      const inner = this.extractBalanced();
      const text = this.src.slice(startPos, this.pos);
      const part = this.processSubstitution(startPos, text, ch === 60 ? "<" : ">", inner);
      if (this.pos < this.srcEnd) {
        this.readWordText();
        if (this._wordParts) {
          this._wordParts.unshift(part);
        } else {
          this._wordParts = [part];
        }
      } else {
        this._wordParts = [part];
      }
    } else {
      this.readWordText();
      if (this.pos < this.srcEnd && this._wordAssignmentState !== void 0 && this._wordAssignmentState >= ASSIGNMENT_INDEX_BASE) {
        this.pos = startPos;
        this.readWordText(true);
      }
    }
    return this._wordParts;
  }
  /** Scan a bounded word-like span without treating shell operators or whitespace as terminators. */
  buildEmbeddedWordParts(startPos, arithmetic = false) {
    this._buildParts = true;
    this.pos = startPos;
    this.readInnerWordText(false, arithmetic);
    return this._wordParts;
  }
  buildArrayElementParts(startPos) {
    const close = this.findClosingBracket(startPos + 1);
    if (close === -1)
      return this.buildWordParts(startPos);
    const src2 = this.src;
    this._buildParts = true;
    const head = hasEmbeddedWordStructure(src2, startPos, close + 1) ? this.parseSubFieldWord(startPos, close + 1, "embedded") : void 0;
    this.pos = close + 1;
    this.readWordText(false, LexContext.ArrayElement);
    const end = this.pos;
    const operator = skipLineContinuations(src2, close + 1, end);
    const after = src2.charCodeAt(operator);
    const keyed = after === CH_EQ || after === CH_PLUS && src2.charCodeAt(operator + 1) === CH_EQ;
    let headParts = head?.parts;
    let tailParts = this._wordParts;
    if (keyed)
      tailParts = parseGlobParts(src2, close + 1, end, tailParts) ?? tailParts;
    if (!headParts && !tailParts)
      return keyed ? null : parseGlobParts(src2, startPos, end, void 0) ?? null;
    const headText = src2.slice(startPos, close + 1);
    if (!headParts)
      headParts = [{ type: "Literal", pos: startPos, end: close + 1, text: headText, value: head?.value ?? headText }];
    if (!tailParts)
      tailParts = end > close + 1 ? [{ type: "Literal", pos: close + 1, end, text: src2.slice(close + 1, end), value: this._wordText }] : [];
    let parts = joinWordParts(headParts, tailParts);
    if (!keyed)
      parts = parseGlobParts(src2, startPos, end, parts) ?? parts;
    return parts.length > 1 || parts[0].type !== "Literal" ? parts : null;
  }
  /** Scan a heredoc body for expansions, building parts. Spaces/newlines are literal. */
  buildHereDocParts(bodyPos, bodyEnd) {
    this._buildParts = true;
    const src2 = this.src;
    const parts = [];
    let hasExpansion = false;
    let litBuf = "";
    let litStart = bodyPos;
    let i = bodyPos;
    const flushLit = () => {
      if (i > litStart) {
        parts.push({ type: "Literal", pos: litStart, end: i, value: litBuf, text: src2.slice(litStart, i) });
        litBuf = "";
      }
    };
    while (i < bodyEnd) {
      const ch = src2.charCodeAt(i);
      if (ch === 92) {
        if (i + 1 < bodyEnd) {
          const nc = src2.charCodeAt(i + 1);
          if (nc === CH_NL) {
            i += 2;
            continue;
          }
          if (nc === 36 || nc === 96 || nc === 92) {
            litBuf += String.fromCharCode(nc);
            i += 2;
            continue;
          }
        }
        litBuf += "\\";
        i++;
        continue;
      }
      if (ch === 36 && src2.charCodeAt(i + 1) !== CH_SQUOTE && src2.charCodeAt(i + 1) !== CH_DQUOTE) {
        flushLit();
        litStart = i;
        this.pos = i;
        this.readDollar();
        if (this._resultPart) {
          hasExpansion = true;
          parts.push(this._resultPart);
          litStart = this.pos;
        } else {
          litBuf += src2.slice(i, this.pos);
        }
        i = this.pos;
        continue;
      }
      if (ch === 96) {
        flushLit();
        litStart = i;
        this.pos = i;
        this.readBacktickExpansion();
        if (this._resultPart) {
          hasExpansion = true;
          parts.push(this._resultPart);
          litStart = this.pos;
        } else {
          litBuf += src2.slice(i, this.pos);
        }
        i = this.pos;
        continue;
      }
      litBuf += src2[i];
      i++;
    }
    flushLit();
    return hasExpansion ? parts : null;
  }
  registerHereDocTarget(target) {
    if (this.pendingHereDocs === null)
      return;
    for (const hd of this.pendingHereDocs) {
      if (!hd.target) {
        hd.target = target;
        return;
      }
    }
  }
  // Read the right-hand operand of =~ in [[ ]]. Bash ends the operand at
  // depth-zero whitespace, `)`, `;`, `&`, `<`, or `>` (but `<(`/`>(` open a
  // process substitution and `|` never delimits). An unquoted `(` opens a
  // group that consumes everything — `]]`, newlines, and metacharacters
  // included — until its matching `)`; inside a group only quotes stay opaque
  // and expansion parens count naively, matching bash. Quotes and expansions
  // at depth zero skip via the same readers normal words use, so their errors
  // and spans stay identical. The token is the raw source span; value and
  // parts resolve lazily like every other word.
  readTestRegexWord() {
    this.hasPeek = false;
    this.skipSpacesAndTabs();
    const src2 = this.src;
    const len = this.srcEnd;
    const start = this.pos;
    let depth = 0;
    while (this.pos < len) {
      const ch = src2.charCodeAt(this.pos);
      if (ch === CH_LPAREN) {
        depth++;
        this.pos++;
        continue;
      }
      if (ch === CH_BACKSLASH) {
        this.pos += this.pos + 1 < len ? 2 : 1;
        continue;
      }
      if (ch === CH_SQUOTE) {
        const quotePos = this.pos++;
        const ansiC = quotePos > start && src2.charCodeAt(quotePos - 1) === CH_DOLLAR;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_SQUOTE) {
          if (ansiC && src2.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len)
            this.pos++;
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
        else
          this.errors.push({
            message: ansiC ? "unterminated ANSI-C quote" : "unterminated single quote",
            pos: quotePos
          });
        continue;
      }
      if (ch === CH_DQUOTE) {
        this.pos++;
        this.readDoubleQuoted();
        continue;
      }
      if (ch === CH_BACKTICK) {
        this.readBacktickExpansion();
        continue;
      }
      if (depth > 0) {
        if (ch === CH_RPAREN)
          depth--;
        this.pos++;
        continue;
      }
      if (ch === CH_DOLLAR) {
        this.readDollar();
        continue;
      }
      if ((ch === CH_LT || ch === CH_GT) && this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
        const subPos = this.pos;
        this.pos += 2;
        this.extractBalanced();
        if (this._unbalanced)
          this.errors.push({ message: "unterminated process substitution", pos: subPos });
        continue;
      }
      if (ch < 128 && charType[ch] & 1 && ch !== CH_PIPE)
        break;
      this.pos++;
    }
    setToken(this.current, Token.Word, src2.slice(start, this.pos), start, this.pos);
    return this.current;
  }
  // Read C-style for expressions: called after first '(' consumed by parser.
  // Expects pos at second '('. Returns [init, test, update] raw text.
  readCStyleForExprs() {
    this.hasPeek = false;
    const src2 = this.src;
    const len = this.srcEnd;
    while (this.pos < len && (src2.charCodeAt(this.pos) === CH_SPACE || src2.charCodeAt(this.pos) === CH_TAB))
      this.pos++;
    const openPos = this.pos;
    if (this.pos < len && src2.charCodeAt(this.pos) === CH_LPAREN)
      this.pos++;
    const starts = [this.pos, 0, 0];
    const parts = ["", "", "", 0, 0, 0];
    let partIdx = 0;
    let depth = 1;
    let partStart = this.pos;
    let extra = false;
    const setPart = (end) => {
      const raw = src2.slice(partStart, end);
      parts[partIdx] = raw.trim();
      parts[3 + partIdx] = starts[partIdx] + raw.length - raw.trimStart().length;
    };
    while (this.pos < len && depth > 0) {
      const c = src2.charCodeAt(this.pos);
      if (c === CH_LPAREN) {
        depth++;
        this.pos++;
      } else if (c === CH_RPAREN) {
        depth--;
        if (depth === 0) {
          if (!extra)
            setPart(this.pos);
          if (partIdx < 2)
            this.errors.push({ message: "expected three arithmetic expressions in for header", pos: this.pos });
          this.pos++;
          while (this.pos < len && (src2.charCodeAt(this.pos) === CH_SPACE || src2.charCodeAt(this.pos) === CH_TAB))
            this.pos++;
          if (this.pos < len && src2.charCodeAt(this.pos) === CH_RPAREN)
            this.pos++;
          break;
        }
        this.pos++;
      } else if (c === CH_SEMI && depth === 1) {
        if (partIdx === 2) {
          if (!extra) {
            setPart(this.pos);
            this.errors.push({ message: "expected three arithmetic expressions in for header", pos: this.pos });
          }
          extra = true;
          this.pos++;
          continue;
        }
        setPart(this.pos);
        partIdx++;
        this.pos++;
        partStart = this.pos;
        starts[partIdx] = partStart;
      } else if (c === CH_DOLLAR) {
        this.readDollar();
      } else if (c === CH_BACKTICK) {
        this.readBacktickExpansion();
      } else if (c === CH_BACKSLASH) {
        this.pos += this.pos + 1 < len ? 2 : 1;
      } else if (c === CH_SQUOTE) {
        this.pos++;
        this.skipSQ();
      } else if (c === CH_DQUOTE) {
        this.pos++;
        this.skipDQ();
      } else {
        this.pos++;
      }
    }
    if (depth > 0) {
      if (!extra)
        setPart(this.pos);
      this.errors.push({ message: "unterminated arithmetic for header", pos: openPos });
    }
    return parts;
  }
  peek(ctx = LexContext.Normal) {
    if (!this.hasPeek) {
      this.readNext(this.nextState, ctx);
      this.hasPeek = true;
    }
    return this.nextState;
  }
  // Peek where the context depends on the token just consumed. peek() ignores its ctx once a
  // token is cached, so the caller's context must only be derived when a read actually happens.
  peekFollow(closers) {
    if (!this.hasPeek) {
      const ctx = closers[this.current.token] ? LexContext.CommandStart : LexContext.Normal;
      this.readNext(this.nextState, ctx);
      this.hasPeek = true;
    }
    return this.nextState;
  }
  next(ctx = LexContext.Normal) {
    if (this.hasPeek) {
      this.hasPeek = false;
      const temp = this.current;
      this.current = this.nextState;
      this.nextState = temp;
      return this.current;
    }
    this.readNext(this.current, ctx);
    return this.current;
  }
  unshift(tok) {
    this.nextState.copyFrom(tok);
    this.hasPeek = true;
  }
  readNext(out2, ctx) {
    const src2 = this.src;
    const len = this.srcEnd;
    let pos = this.pos;
    let ch = 0;
    while (true) {
      pos = skipBlanks(src2, pos, len);
      if (pos >= len)
        break;
      ch = src2.charCodeAt(pos);
      if (ch === CH_NL && ctx === LexContext.TestMode) {
        pos++;
        continue;
      }
      if (ch !== CH_HASH)
        break;
      do
        pos++;
      while (pos < len && src2.charCodeAt(pos) !== CH_NL);
    }
    this.pos = pos;
    if (pos >= len) {
      this.consumePendingHereDocs();
      setToken(out2, Token.EOF, "", pos, pos);
      return;
    }
    const tokenStart = pos;
    if (ch === CH_NL) {
      this.pos++;
      this.consumePendingHereDocs();
      setToken(out2, Token.Newline, "\n", tokenStart, this.pos);
      return;
    }
    if (ctx === LexContext.TestMode && (ch === CH_LT || ch === CH_GT) && !(this.pos + 1 < this.srcEnd && src2.charCodeAt(this.pos + 1) === CH_LPAREN)) {
      this.pos++;
      setToken(out2, Token.Word, ch === CH_LT ? "<" : ">", tokenStart, this.pos);
      out2.keywordEligible = true;
      return;
    }
    if (ch < 128 && charType[ch] & 1 && this.tryReadOperator(out2, ch, ctx, tokenStart))
      return;
    if (ch === CH_LBRACKET && ctx === LexContext.ArrayElement && this.readArrayElement(out2, tokenStart))
      return;
    this.readWord(out2, ctx, tokenStart);
  }
  tryReadOperator(out2, ch, ctx, tokenStart) {
    const src2 = this.src;
    const pos = this.pos;
    switch (ch) {
      case CH_LPAREN:
        if (ctx === LexContext.CommandStart && pos + 1 < this.srcEnd && src2.charCodeAt(pos + 1) === CH_LPAREN) {
          const savedErrors = this.errors.length;
          this.readArithmeticCommand(out2, tokenStart);
          if (!this._notArithmetic)
            return true;
          this.errors.length = savedErrors;
          this.pos = tokenStart;
        }
        this.pos++;
        setToken(out2, Token.LParen, "(", tokenStart, this.pos);
        return true;
      case CH_RPAREN:
        this.pos++;
        setToken(out2, Token.RParen, ")", tokenStart, this.pos);
        return true;
      case CH_LT:
      case CH_GT:
        return this.readRedirection(out2, ch, tokenStart);
    }
    const nextPos = skipLineContinuations(src2, pos + 1, this.srcEnd);
    const next = nextPos < this.srcEnd ? src2.charCodeAt(nextPos) : 0;
    switch (ch) {
      case CH_SEMI:
        if (next === CH_SEMI) {
          const thirdPos = skipLineContinuations(src2, nextPos + 1, this.srcEnd);
          if (thirdPos < this.srcEnd && src2.charCodeAt(thirdPos) === CH_AMP) {
            this.pos = thirdPos + 1;
            setToken(out2, Token.DoubleSemiAmp, ";;&", tokenStart, this.pos);
            return true;
          }
          this.pos = nextPos + 1;
          setToken(out2, Token.DoubleSemi, ";;", tokenStart, this.pos);
          return true;
        }
        if (next === CH_AMP) {
          this.pos = nextPos + 1;
          setToken(out2, Token.SemiAmp, ";&", tokenStart, this.pos);
          return true;
        }
        this.pos++;
        setToken(out2, Token.Semi, ";", tokenStart, this.pos);
        return true;
      case CH_PIPE:
        if (next === CH_PIPE) {
          this.pos = nextPos + 1;
          setToken(out2, Token.Or, "||", tokenStart, this.pos);
          return true;
        }
        if (next === CH_AMP) {
          this.pos = nextPos + 1;
          setToken(out2, Token.Pipe, "|&", tokenStart, this.pos);
          return true;
        }
        this.pos++;
        setToken(out2, Token.Pipe, "|", tokenStart, this.pos);
        return true;
      case CH_AMP:
        if (next === CH_AMP) {
          this.pos = nextPos + 1;
          setToken(out2, Token.And, "&&", tokenStart, this.pos);
          return true;
        }
        if (next === CH_GT) {
          this.pos = nextPos + 1;
          const thirdPos = skipLineContinuations(src2, this.pos, this.srcEnd);
          const append = thirdPos < this.srcEnd && src2.charCodeAt(thirdPos) === CH_GT;
          if (append)
            this.pos = thirdPos + 1;
          return this.readRedirectTarget(out2, append ? "&>>" : "&>", tokenStart);
        }
        this.pos++;
        setToken(out2, Token.Amp, "&", tokenStart, this.pos);
        return true;
      default:
        return false;
    }
  }
  readHereOperator(secondLessThan) {
    this.pos = secondLessThan + 1;
    const thirdPos = skipLineContinuations(this.src, this.pos, this.srcEnd);
    const third = thirdPos < this.srcEnd ? this.src.charCodeAt(thirdPos) : 0;
    if (third !== CH_LT && third !== CH_DASH)
      return "<<";
    this.pos = thirdPos + 1;
    return third === CH_LT ? "<<<" : "<<-";
  }
  readRedirection(out2, ch, tokenStart) {
    const src2 = this.src;
    this.pos++;
    const nextPos = skipLineContinuations(src2, this.pos, this.srcEnd);
    const next = nextPos < this.srcEnd ? src2.charCodeAt(nextPos) : 0;
    if (next === CH_LPAREN && nextPos === this.pos) {
      this.readProcessSubstitution(out2, ch === CH_LT ? "<" : ">", tokenStart);
      return true;
    }
    let op = "";
    if (ch === CH_LT) {
      if (next === CH_LT) {
        op = this.readHereOperator(nextPos);
        if (op !== "<<<") {
          this.skipSpacesAndTabs();
          const targetPos = this.pos;
          if (this.pos >= this.srcEnd || src2.charCodeAt(this.pos) !== CH_HASH)
            this.readHereDocDelimiter();
          const hasTarget = this.pos > targetPos;
          if (hasTarget) {
            (this.pendingHereDocs ?? (this.pendingHereDocs = [])).push({
              delimiter: this._hereDelim,
              strip: op === "<<-",
              quoted: this._hereQuoted
            });
          }
          setToken(out2, Token.Redirect, op, tokenStart, this.pos);
          out2.content = hasTarget ? this._hereDelim : void 0;
          out2.delimiterQuoted = hasTarget && this._hereQuoted;
          out2.targetPos = targetPos;
          out2.targetEnd = hasTarget ? this.pos : targetPos;
          return true;
        }
      } else if (next === CH_GT) {
        op = "<>";
        this.pos = nextPos + 1;
      } else if (next === CH_AMP) {
        op = "<&";
        this.pos = nextPos + 1;
      } else {
        op = "<";
      }
    } else {
      if (next === CH_GT) {
        op = ">>";
        this.pos = nextPos + 1;
      } else if (next === CH_AMP) {
        op = ">&";
        this.pos = nextPos + 1;
      } else if (next === CH_PIPE) {
        op = ">|";
        this.pos = nextPos + 1;
      } else {
        op = ">";
      }
    }
    return this.readRedirectTarget(out2, op, tokenStart);
  }
  readRedirectTarget(out2, op, tokenStart) {
    const src2 = this.src;
    this.skipSpacesAndTabs();
    if (this.pos < this.srcEnd) {
      const nc = src2.charCodeAt(this.pos);
      if ((nc === CH_LT || nc === CH_GT) && this.pos + 1 < this.srcEnd && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
        const psStart = this.pos;
        this.pos += 2;
        this.extractBalanced();
        if (this._unbalanced)
          this.errors.push({ message: "unterminated process substitution", pos: psStart });
        const psText = src2.slice(psStart, this.pos);
        setToken(out2, Token.Redirect, op, tokenStart, this.pos);
        out2.content = psText;
        out2.targetPos = psStart;
        out2.targetEnd = this.pos;
        return true;
      }
      const targetPos = this.pos;
      if (nc !== CH_NL && nc !== CH_HASH)
        this.readRedirectTargetText();
      this.redirectToken(out2, op, tokenStart, targetPos);
      return true;
    }
    this.redirectToken(out2, op, tokenStart, this.pos);
    return true;
  }
  // Redirect targets keep their processed text eagerly (it becomes the target
  // word's content), so scan them in value mode.
  readRedirectTargetText() {
    const savedBuildValue = this._buildValue;
    this._buildValue = true;
    this.readWordText();
    this._buildValue = savedBuildValue;
  }
  redirectToken(out2, operator, tokenStart, targetPos) {
    const hasTarget = this.pos > targetPos && (this._wordText.length > 0 || this._wordQuoted);
    setToken(out2, Token.Redirect, operator, tokenStart, this.pos);
    out2.content = hasTarget ? this._wordText : void 0;
    out2.targetPos = targetPos;
    out2.targetEnd = hasTarget ? this.pos : targetPos;
  }
  readProcessSubstitution(out2, operator, tokenStart) {
    this.pos++;
    this.extractBalanced();
    if (this._unbalanced)
      this.errors.push({ message: "unterminated process substitution", pos: tokenStart });
    const text = this.src.slice(tokenStart, this.pos);
    setToken(out2, Token.Word, text, tokenStart, this.pos);
  }
  // The delimiter is the word after quote removal: quote and escape segments may
  // appear anywhere in the word, any of them makes the heredoc quoted, and inside
  // double quotes a backslash is removed only before $ ` " \.
  readHereDocDelimiter() {
    const src2 = this.src;
    const len = this.srcEnd;
    const savedBuildValue = this._buildValue;
    this._buildValue = true;
    let delimiter = "";
    let quoted = false;
    while (this.pos < len) {
      const c = src2.charCodeAt(this.pos);
      if (c === CH_SQUOTE) {
        quoted = true;
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_SQUOTE) {
          delimiter += src2[this.pos];
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
      } else if (c === CH_DQUOTE) {
        quoted = true;
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_DQUOTE) {
          if (src2.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len) {
            const next = src2.charCodeAt(this.pos + 1);
            if (next === CH_NL) {
              this.pos += 2;
              continue;
            }
            if (next === CH_DOLLAR || next === CH_BACKTICK || next === CH_DQUOTE || next === CH_BACKSLASH)
              this.pos++;
          }
          delimiter += src2[this.pos];
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
      } else if (c === CH_BACKSLASH) {
        if (this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_NL) {
          this.pos += 2;
          continue;
        }
        quoted = true;
        this.pos++;
        if (this.pos < len) {
          delimiter += src2[this.pos];
          this.pos++;
        } else {
          delimiter += "\\";
        }
      } else if (c === CH_BACKTICK) {
        const btStart = this.pos;
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
          if (src2.charCodeAt(this.pos) === CH_BACKSLASH)
            this.pos++;
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
        delimiter += src2.slice(btStart, this.pos);
      } else if (c === CH_DOLLAR) {
        const next = this.pos + 1 < len ? src2.charCodeAt(this.pos + 1) : 0;
        if (next === CH_SQUOTE || next === CH_DQUOTE)
          quoted = true;
        this.readDollar();
        delimiter += this._resultText;
      } else if (c < 128 && charType[c] & 1) {
        break;
      } else {
        delimiter += src2[this.pos];
        this.pos++;
      }
    }
    this._buildValue = savedBuildValue;
    this._hereDelim = delimiter;
    this._hereQuoted = quoted;
  }
  consumePendingHereDocs() {
    const pending = this.pendingHereDocs;
    if (pending === null || pending.length === 0)
      return;
    for (const hd of pending) {
      const bodyPos = this.pos;
      const bodyEnd = this.skipHereDocBody(hd.delimiter, hd.strip, this.parenBoundary, hd.quoted);
      if (hd.target) {
        hd.target.body.pos = bodyPos;
        hd.target.body.end = bodyEnd;
        hd.target.body.text = this.src.slice(bodyPos, bodyEnd);
        if (this.hereDocClosingPos !== -1)
          hd.target.closing = { pos: this.hereDocClosingPos, end: this.hereDocClosingEnd };
      }
    }
    pending.length = 0;
  }
  hereDocClosingPos = -1;
  hereDocClosingEnd = -1;
  // Advance past the heredoc body and its delimiter line; return the body end
  // (start of the delimiter line, or srcEnd when delimited by end-of-input).
  // With parenEnds (inside $(...)), a line starting with the delimiter directly
  // followed by ")" also terminates the body, resuming at the ")" — bash treats
  // the substitution's closing paren as end-of-file for its heredocs.
  // `join` crosses `\`+newline pairs, which an unquoted delimiter may straddle.
  matchHereDocDelimiter(delimiter, lineStart, end, join) {
    const src2 = this.src;
    let pos = lineStart;
    for (let i = 0; i < delimiter.length; ) {
      if (join && src2.charCodeAt(pos) === CH_BACKSLASH && pos + 1 < end && src2.charCodeAt(pos + 1) === CH_NL) {
        pos += 2;
        continue;
      }
      if (pos >= end || src2.charCodeAt(pos) !== delimiter.charCodeAt(i))
        return -1;
      pos++;
      i++;
    }
    return pos;
  }
  // A `\` consumes the next character, so `\`+newline continues the line and `\\` does not.
  logicalLineEnd(from, end, join) {
    const src2 = this.src;
    let lineEnd2 = src2.indexOf("\n", from);
    while (lineEnd2 !== -1 && lineEnd2 < end) {
      if (!join)
        return lineEnd2;
      let backslashes = lineEnd2;
      while (backslashes > from && src2.charCodeAt(backslashes - 1) === CH_BACKSLASH)
        backslashes--;
      if ((lineEnd2 - backslashes) % 2 === 0)
        return lineEnd2;
      from = lineEnd2 + 1;
      lineEnd2 = src2.indexOf("\n", from);
    }
    return end;
  }
  skipHereDocBody(delimiter, strip, parenEnds = false, quoted = false) {
    this.hereDocClosingPos = -1;
    this.hereDocClosingEnd = -1;
    const src2 = this.src;
    const len = this.srcEnd;
    while (this.pos < len) {
      let lineStart = this.pos;
      const lineEnd2 = this.logicalLineEnd(lineStart, len, !quoted);
      for (; ; ) {
        const before = lineStart;
        if (strip)
          while (lineStart < lineEnd2 && src2.charCodeAt(lineStart) === CH_TAB)
            lineStart++;
        if (!quoted)
          lineStart = skipLineContinuations(src2, lineStart, lineEnd2);
        if (lineStart === before)
          break;
      }
      let afterDelim = this.matchHereDocDelimiter(delimiter, lineStart, lineEnd2, !quoted);
      if (afterDelim !== -1 && !quoted)
        afterDelim = skipLineContinuations(src2, afterDelim, lineEnd2);
      if (afterDelim === lineEnd2) {
        const bodyEnd = this.pos;
        if (!parenEnds || !this.parenBoundary || lineEnd2 !== len) {
          this.hereDocClosingPos = lineStart;
          this.hereDocClosingEnd = lineEnd2;
        }
        this.pos = lineEnd2 < len ? lineEnd2 + 1 : lineEnd2;
        return bodyEnd;
      }
      if (parenEnds && afterDelim !== -1) {
        let paren = afterDelim;
        while (paren < lineEnd2 && src2.charCodeAt(paren) !== CH_RPAREN)
          paren++;
        if (paren < lineEnd2 || this.parenBoundary && lineEnd2 === len) {
          const bodyEnd = this.pos;
          this.pos = afterDelim;
          return bodyEnd;
        }
      }
      this.pos = lineEnd2 < len ? lineEnd2 + 1 : lineEnd2;
    }
    return this.pos;
  }
  _wordText = "";
  _wordRaw = false;
  _wordQuoted = false;
  _wordHasExpansions = false;
  _wordKeywordEligible = false;
  _wordAssignmentState;
  _bracketWindow;
  _arithmeticBracketWindow;
  _wordParts = null;
  _resultText = "";
  // True when the last $-construct's value is exactly its raw source span.
  _resultIsRaw = true;
  _resultHasExpansion = false;
  _resultPart;
  // Set by extractBalanced when the input ended before the closing paren, so
  // callers can report the construct they were scanning.
  _unbalanced = false;
  // Set by scanArithmeticBody when the construct turns out not to be arithmetic, so the
  // caller can re-read it as a subshell or command substitution instead.
  _notArithmetic = false;
  _arithUnterminated = false;
  _dqText = "";
  _dqHasExpansions = false;
  _dqParts = null;
  // Content end (before the closing quote, or end of input when unterminated).
  _dqEnd = 0;
  _hereDelim = "";
  _hereQuoted = false;
  readWord(out2, ctx, tokenStart = 0) {
    const errorStart = this._errors === null ? 0 : this._errors.length;
    this.readWordText(false, ctx, true);
    if (ctx === LexContext.Normal) {
      const next = this.pos < this.srcEnd ? this.src.charCodeAt(this.pos) : 0;
      if (!this._wordRaw || next !== CH_LT && next !== CH_GT) {
        setSpanToken(out2, Token.Word, tokenStart, this.pos, this._wordRaw);
        out2.keywordEligible = this._wordKeywordEligible;
        return;
      }
    }
    this.classifyWord(out2, ctx, tokenStart, errorStart);
  }
  isRedirectVariable(start, end) {
    const src2 = this.src;
    for (let i = start; i < end; i++) {
      const c = src2.charCodeAt(i);
      if (c === CH_LBRACKET && i > start) {
        return i + 2 < end && src2.charCodeAt(end - 1) === CH_RBRACKET && this.findClosingShellDelimiter(i + 1, end, CH_RBRACKET) === end - 1;
      }
      if (c >= 128 || !(isIdChar[c] & (i === start ? 1 : 2)))
        return false;
    }
    return end > start;
  }
  readArrayElement(out2, tokenStart) {
    const close = this.findClosingBracket(tokenStart + 1);
    if (close === -1)
      return false;
    this.pos = close + 1;
    this.readWordText();
    setSpanToken(out2, Token.Word, tokenStart, this.pos, true);
    return true;
  }
  classifyWord(out2, ctx, tokenStart, errorStart) {
    const src2 = this.src;
    const raw = this._wordRaw;
    const hasExpansions = this._wordHasExpansions;
    const quoted = this._wordQuoted;
    const keywordEligible = this._wordKeywordEligible;
    let assignmentState = this._wordAssignmentState;
    const wordEnd = this.pos;
    const wordLen = wordEnd - tokenStart;
    if (ctx === LexContext.CasePattern) {
      let token = Token.Word;
      if (keywordEligible) {
        const reserved = raw ? matchReservedWord(src2, tokenStart, wordLen) : RESERVED_WORDS.get(this.wordValueOf(tokenStart, wordEnd));
        if (reserved === Token.Esac)
          token = reserved;
      }
      setSpanToken(out2, token, tokenStart, wordEnd, raw);
      out2.keywordEligible = keywordEligible;
      return;
    }
    let value = null;
    if (!raw && !hasExpansions && keywordEligible && (ctx === LexContext.CommandStart || ctx === LexContext.TestMode)) {
      const nextCh = wordEnd < this.srcEnd ? src2.charCodeAt(wordEnd) : 0;
      if (!quoted || nextCh === CH_LT || nextCh === CH_GT) {
        value = this.wordValueOf(tokenStart, wordEnd);
      }
    }
    if (ctx === LexContext.CommandStart && keywordEligible) {
      if (raw) {
        if (wordLen <= 8) {
          const reserved = matchReservedWord(src2, tokenStart, wordLen);
          if (reserved !== void 0) {
            setSpanToken(out2, reserved, tokenStart, wordEnd, true);
            return;
          }
        }
        if (wordLen === 2 && src2.charCodeAt(tokenStart) === CH_LBRACKET && src2.charCodeAt(tokenStart + 1) === CH_LBRACKET) {
          setSpanToken(out2, Token.DblLBracket, tokenStart, wordEnd, true);
          return;
        }
      } else if (value !== null && value.length > 0) {
        const fc = value.charCodeAt(0);
        if (fc >= CH_a && fc <= CH_z && value.length <= 8 || fc === CH_BANG || fc === CH_LBRACE || fc === CH_RBRACE) {
          const reserved = RESERVED_WORDS.get(value);
          if (reserved !== void 0) {
            setToken(out2, reserved, value, tokenStart, wordEnd);
            return;
          }
        }
        if (fc === CH_LBRACKET && value === "[[") {
          setToken(out2, Token.DblLBracket, value, tokenStart, wordEnd);
          return;
        }
      }
    }
    if (ctx === LexContext.CommandStart || ctx === LexContext.CommandPrefix || ctx === LexContext.Declaration) {
      if (assignmentState === void 0) {
        let eq = -1;
        let bracket = false;
        for (let i = tokenStart + 1; i < wordEnd; i++) {
          const c = src2.charCodeAt(i);
          if (c === CH_EQ) {
            eq = i;
            break;
          }
          if (c === CH_LBRACKET)
            bracket = true;
        }
        if (eq !== -1 || ctx !== LexContext.Declaration && bracket) {
          assignmentState = scanAssignmentPrefix(src2, tokenStart, wordEnd, ASSIGNMENT_NAME_START);
        }
      }
      if (assignmentState !== void 0) {
        if (ctx !== LexContext.Declaration && assignmentState >= ASSIGNMENT_INDEX_BASE) {
          if (wordEnd < this.srcEnd) {
            if (this._errors !== null)
              this._errors.length = errorStart;
            this.pos = tokenStart;
            this.readWordText(true, ctx, true);
            if (this.pos > wordEnd) {
              this.classifyWord(out2, ctx, tokenStart, errorStart);
              return;
            }
          }
          if (this._errors === null || this._errors.length === errorStart) {
            this.errors.push({ message: "unterminated array subscript", pos: src2.indexOf("[", tokenStart) });
          }
        }
        if (isMatchedAssignment(assignmentState)) {
          setSpanToken(out2, Token.Assignment, tokenStart, wordEnd, raw);
          if (value !== null)
            out2._value = value;
          out2.assignmentOperatorPos = assignmentOperatorPos(assignmentState);
          return;
        }
      }
    }
    if ((ctx === LexContext.CommandStart || ctx === LexContext.TestMode) && keywordEligible) {
      if (raw) {
        if (wordLen === 2 && src2.charCodeAt(tokenStart) === CH_RBRACKET && src2.charCodeAt(tokenStart + 1) === CH_RBRACKET) {
          setSpanToken(out2, Token.DblRBracket, tokenStart, wordEnd, true);
          return;
        }
      } else if (value === "]]") {
        setToken(out2, Token.DblRBracket, value, tokenStart, wordEnd);
        return;
      }
    }
    if (!hasExpansions && this.pos < this.srcEnd) {
      const nc = src2.charCodeAt(this.pos);
      if (nc === CH_LT || nc === CH_GT) {
        if (raw) {
          const fc = src2.charCodeAt(tokenStart);
          if (fc >= CH_0 && fc <= CH_9 && isAllDigitsRange(src2, tokenStart, wordEnd)) {
            const fd = Number.parseInt(src2.slice(tokenStart, wordEnd), 10);
            if (this.readRedirection(out2, nc, tokenStart)) {
              out2.fileDescriptor = fd;
              out2.descriptorEnd = wordEnd;
              return;
            }
          }
          if (fc === CH_LBRACE && src2.charCodeAt(wordEnd - 1) === CH_RBRACE && this.isRedirectVariable(tokenStart + 1, wordEnd - 1)) {
            const varname = src2.slice(tokenStart + 1, wordEnd - 1);
            if (this.readRedirection(out2, nc, tokenStart)) {
              out2.variableName = varname;
              out2.descriptorEnd = wordEnd;
              return;
            }
          }
        }
      }
    }
    setSpanToken(out2, Token.Word, tokenStart, wordEnd, raw);
    if (value !== null)
      out2._value = value;
    out2.keywordEligible = keywordEligible;
  }
  // `subscripts` re-reads a word known to stop inside an array subscript, where
  // metacharacters are ordinary text.
  // `scanning` marks the first scan of a token, which decides where the word ends.
  readWordText(subscripts = false, ctx = LexContext.Normal, scanning = false) {
    const src2 = this.src;
    const len = this.srcEnd;
    let pos = this.pos;
    const fastStart = pos;
    let exitCh = 0;
    while (pos < len) {
      const c = src2.charCodeAt(pos);
      if (c < 128 && charType[c]) {
        exitCh = c;
        break;
      }
      pos++;
    }
    if (pos >= len || charType[exitCh] & 1 && !(exitCh === CH_LPAREN && pos > fastStart && extglobPrefix[src2.charCodeAt(pos - 1)]) && !subscripts) {
      this.pos = pos;
      this._wordText = (this._buildParts || this._buildValue) && pos > fastStart ? src2.slice(fastStart, pos) : "";
      this._wordRaw = true;
      this._wordQuoted = false;
      this._wordHasExpansions = false;
      this._wordKeywordEligible = true;
      this._wordAssignmentState = void 0;
      if (this._buildParts) {
        this._wordParts = hasGlobCharacters(this._wordText) && ctx !== LexContext.ArrayElement ? parseGlobParts(src2, fastStart, pos, void 0) ?? null : null;
      }
      return;
    }
    const bp = this._buildParts;
    const bt = bp || this._buildValue;
    let text = bt && pos > fastStart ? src2.slice(fastStart, pos) : "";
    let quoted = false;
    let hasExpansions = false;
    let keywordEligible = true;
    let valueIsRaw = true;
    let lastValueChar = pos > fastStart ? src2.charCodeAt(pos - 1) : 0;
    let assignmentState = scanAssignmentPrefix(src2, fastStart, pos, ASSIGNMENT_NAME_START);
    let parts;
    let litBuf = "";
    let litStart = 0;
    let hasGlobs = false;
    let braceResults;
    if (bp) {
      parts = [];
      litBuf = text;
      litStart = fastStart;
      hasGlobs = text.length > 0 && hasGlobCharacters(text);
    }
    while (pos < len) {
      const ch = src2.charCodeAt(pos);
      if (ch >= 128 || !charType[ch]) {
        const runStart = pos;
        pos++;
        while (pos < len) {
          const c = src2.charCodeAt(pos);
          if (c < 128 && charType[c])
            break;
          pos++;
        }
        lastValueChar = src2.charCodeAt(pos - 1);
        assignmentState = scanAssignmentPrefix(src2, runStart, pos, assignmentState);
        if (bt) {
          const chunk = src2.slice(runStart, pos);
          text += chunk;
          if (bp) {
            litBuf += chunk;
            hasGlobs = hasGlobs || hasGlobCharacters(chunk);
          }
        }
        continue;
      }
      if (charType[ch] & 1) {
        if (subscripts && assignmentState >= ASSIGNMENT_INDEX_BASE) {
          const close = this.findClosingBracket(pos);
          if (close !== -1) {
            const spanEnd = close + 1;
            assignmentState = assignmentState === ASSIGNMENT_INDEX_BASE + 1 ? ASSIGNMENT_AFTER_INDEX : assignmentState - 1;
            lastValueChar = src2.charCodeAt(close);
            if (bt) {
              const chunk = src2.slice(pos, spanEnd);
              text += chunk;
              if (bp) {
                litBuf += chunk;
                hasGlobs = hasGlobs || hasGlobCharacters(chunk);
              }
            }
            pos = spanEnd;
            continue;
          }
        }
        if (ch === CH_LPAREN && lastValueChar < 128 && extglobPrefix[lastValueChar]) {
          if (ctx === LexContext.FunctionName || assignmentState >= ASSIGNMENT_INDEX_BASE && (ctx === LexContext.CommandStart || ctx === LexContext.CommandPrefix))
            break;
          if (ctx === LexContext.CommandStart && lastValueChar === CH_BANG && keywordEligible && src2.charCodeAt(fastStart) === CH_BANG && skipLineContinuations(src2, fastStart + 1, len) === pos)
            break;
          const prefixChar = lastValueChar;
          if (prefixChar === CH_EQ && scanning && !((ctx === LexContext.CommandStart || ctx === LexContext.CommandPrefix || ctx === LexContext.Declaration || ctx === LexContext.EvalArgument) && isMatchedAssignment(assignmentState) && skipLineContinuations(src2, assignmentOperatorPos(assignmentState) + 1, len) === pos))
            break;
          const innerStart = pos + 1;
          const close = this.findClosingShellDelimiter(innerStart, len, CH_RPAREN, prefixChar === CH_EQ);
          if (close === -1 && !scanning && !subscripts && assignmentState >= ASSIGNMENT_INDEX_BASE)
            break;
          if (ctx === LexContext.CommandStart && prefixChar !== CH_EQ && close !== -1 && skipBlanks(src2, innerStart, close) === close)
            break;
          keywordEligible = false;
          const patternEnd = close === -1 ? len : close;
          pos = close === -1 ? len : close + 1;
          if (close === -1)
            this.errors.push({ message: "unterminated extended glob", pos: innerStart - 2 });
          lastValueChar = src2.charCodeAt(pos - 1);
          if (bt) {
            const eg = "(" + src2.slice(innerStart, pos);
            text += eg;
            if (bp && prefixChar !== CH_EQ) {
              let prefixPos = innerStart - 2;
              while (src2.charCodeAt(prefixPos) === CH_NL && src2.charCodeAt(prefixPos - 1) === CH_BACKSLASH) {
                prefixPos -= 2;
              }
              if (litBuf.length > 0) {
                const trimmed = litBuf.slice(0, -1);
                if (prefixPos > litStart)
                  parts.push({
                    type: "Literal",
                    pos: litStart,
                    end: prefixPos,
                    value: trimmed,
                    text: src2.slice(litStart, prefixPos)
                  });
                litBuf = "";
              }
              const op = extglobOp[prefixChar];
              parts.push({
                type: "ExtendedGlob",
                pos: prefixPos,
                end: pos,
                text: src2.slice(prefixPos, pos),
                operator: op,
                pattern: src2.slice(innerStart, patternEnd),
                parts: this.subFieldParts(innerStart, patternEnd)
              });
              litStart = pos;
            } else if (bp) {
              litBuf += eg;
              hasGlobs = hasGlobs || hasGlobCharacters(eg);
            }
          }
          continue;
        }
        break;
      }
      if (ch === CH_BACKSLASH) {
        pos++;
        if (pos < len) {
          if (src2.charCodeAt(pos) === CH_NL) {
            pos++;
            valueIsRaw = false;
          } else {
            if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
              assignmentState = ASSIGNMENT_INVALID;
            quoted = true;
            keywordEligible = false;
            valueIsRaw = false;
            lastValueChar = src2.charCodeAt(pos);
            if (bt) {
              text += src2[pos];
              if (bp)
                litBuf += src2[pos];
            }
            pos++;
          }
        } else {
          if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
            assignmentState = ASSIGNMENT_INVALID;
          quoted = true;
          keywordEligible = false;
          lastValueChar = CH_BACKSLASH;
          if (bt) {
            text += "\\";
            if (bp)
              litBuf += "\\";
          }
        }
        continue;
      }
      if (ch === CH_SQUOTE) {
        const sqStart = pos;
        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
          assignmentState = ASSIGNMENT_INVALID;
        quoted = true;
        keywordEligible = false;
        valueIsRaw = false;
        pos++;
        const start = pos;
        while (pos < len && src2.charCodeAt(pos) !== CH_SQUOTE)
          pos++;
        if (pos > start)
          lastValueChar = src2.charCodeAt(pos - 1);
        const value = bt ? src2.slice(start, pos) : "";
        if (bt)
          text += value;
        if (pos < len)
          pos++;
        else
          this.errors.push({ message: "unterminated single quote", pos: start - 1 });
        if (bp) {
          if (sqStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: sqStart,
              value: litBuf,
              text: src2.slice(litStart, sqStart)
            });
            litBuf = "";
          }
          parts.push({ type: "SingleQuoted", pos: sqStart, end: pos, value, text: src2.slice(sqStart, pos) });
          litStart = pos;
        }
        continue;
      }
      if (ch === CH_DQUOTE) {
        const dqStart = pos;
        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
          assignmentState = ASSIGNMENT_INVALID;
        quoted = true;
        keywordEligible = false;
        valueIsRaw = false;
        pos++;
        this.pos = pos;
        this.readDoubleQuoted();
        pos = this.pos;
        if (this._dqEnd > dqStart + 1)
          lastValueChar = src2.charCodeAt(this._dqEnd - 1);
        if (this._dqHasExpansions)
          hasExpansions = true;
        if (bt)
          text += this._dqText;
        if (bp) {
          if (dqStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: dqStart,
              value: litBuf,
              text: src2.slice(litStart, dqStart)
            });
            litBuf = "";
          }
          const dqText = src2.slice(dqStart, pos);
          parts.push({
            type: "DoubleQuoted",
            pos: dqStart,
            end: pos,
            text: dqText,
            parts: this._dqParts ?? [
              {
                type: "Literal",
                pos: dqStart + 1,
                end: this._dqEnd,
                value: this._dqText,
                text: src2.slice(dqStart + 1, this._dqEnd)
              }
            ]
          });
          litStart = pos;
        }
        continue;
      }
      if (ch === CH_DOLLAR) {
        keywordEligible = false;
        const dollarStart = pos;
        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
          assignmentState = ASSIGNMENT_INVALID;
        const next = pos + 1 < len ? src2.charCodeAt(pos + 1) : 0;
        if (next === CH_SQUOTE || next === CH_DQUOTE)
          quoted = true;
        this.pos = pos;
        this.readDollar();
        pos = this.pos;
        if (!this._resultIsRaw)
          valueIsRaw = false;
        if (pos > dollarStart)
          lastValueChar = src2.charCodeAt(pos - 1);
        if (this._resultHasExpansion)
          hasExpansions = true;
        if (bt)
          text += this._resultText;
        if (bp) {
          if (this._resultPart) {
            if (dollarStart > litStart) {
              parts.push({
                type: "Literal",
                pos: litStart,
                end: dollarStart,
                value: litBuf,
                text: src2.slice(litStart, dollarStart)
              });
              litBuf = "";
            }
            parts.push(this._resultPart);
            litStart = pos;
          } else {
            litBuf += this._resultText;
          }
        }
        continue;
      }
      if (ch === CH_BACKTICK) {
        keywordEligible = false;
        const btStart = pos;
        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
          assignmentState = ASSIGNMENT_INVALID;
        this.pos = pos;
        this.readBacktickExpansion();
        pos = this.pos;
        valueIsRaw = false;
        lastValueChar = src2.charCodeAt(pos - 1);
        hasExpansions = true;
        if (bt)
          text += this._resultText;
        if (bp) {
          if (btStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: btStart,
              value: litBuf,
              text: src2.slice(litStart, btStart)
            });
            litBuf = "";
          }
          parts.push(this._resultPart);
          litStart = pos;
        }
        continue;
      }
      if (ch === CH_LBRACE) {
        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
          assignmentState = ASSIGNMENT_INVALID;
        const first = pos + 1 < len ? src2.charCodeAt(pos + 1) : 0;
        const braceEnd = first <= CH_SPACE || first === CH_RBRACE ? -1 : this.scanBraceExpansion(pos, braceResults ?? (braceResults = /* @__PURE__ */ new Map()));
        if (braceEnd > 0) {
          keywordEligible = false;
          lastValueChar = src2.charCodeAt(braceEnd - 1);
          if (bt) {
            const braceText = src2.slice(pos, braceEnd);
            text += braceText;
            if (bp) {
              if (pos > litStart) {
                parts.push({
                  type: "Literal",
                  pos: litStart,
                  end: pos,
                  value: litBuf,
                  text: src2.slice(litStart, pos)
                });
                litBuf = "";
              }
              parts.push({
                type: "BraceExpansion",
                pos,
                end: braceEnd,
                text: braceText,
                parts: this.subFieldParts(pos + 1, braceEnd - 1)
              });
              litStart = braceEnd;
            }
          }
          pos = braceEnd;
          continue;
        }
        lastValueChar = CH_LBRACE;
        if (bt) {
          text += "{";
          if (bp)
            litBuf += "{";
        }
        pos++;
        continue;
      }
      pos++;
    }
    if (bp && pos > litStart)
      parts.push({ type: "Literal", pos: litStart, end: pos, value: litBuf, text: src2.slice(litStart, pos) });
    this.pos = pos;
    this._wordText = text;
    this._wordRaw = valueIsRaw;
    this._wordQuoted = quoted;
    this._wordHasExpansions = hasExpansions;
    this._wordKeywordEligible = keywordEligible;
    this._wordAssignmentState = assignmentState;
    if (bp) {
      this._wordParts = parts.length > 1 || parts.length === 1 && parts[0].type !== "Literal" ? parts : null;
      if (hasGlobs && ctx !== LexContext.ArrayElement)
        this._wordParts = parseGlobParts(src2, fastStart, pos, this._wordParts) ?? null;
    }
  }
  // Arithmetic text gets expansions and quote removal but no process substitution.
  readInnerWordText(insideDoubleQuotes = false, arithmetic = false, globs = false) {
    const src2 = this.src;
    const len = this.srcEnd;
    let pos = this.pos;
    const start = pos;
    let text = "";
    const bp = this._buildParts;
    let parts;
    let litBuf = "";
    let litStart = 0;
    let preserveLiteral = false;
    let hasGlobs = false;
    if (bp) {
      parts = [];
      litStart = pos;
    }
    while (pos < len) {
      const ch = src2.charCodeAt(pos);
      if (ch === CH_BACKSLASH) {
        pos++;
        if (pos < len) {
          if (src2.charCodeAt(pos) === CH_NL) {
            pos++;
          } else {
            const next = src2.charCodeAt(pos);
            if (insideDoubleQuotes && next !== CH_DOLLAR && next !== CH_BACKTICK && next !== CH_DQUOTE && next !== CH_BACKSLASH && next !== CH_RBRACE) {
              text += "\\";
              if (bp)
                litBuf += "\\";
              preserveLiteral = true;
            }
            const escaped = src2[pos++];
            text += escaped;
            if (bp)
              litBuf += escaped;
          }
        }
        continue;
      }
      if (ch === CH_SQUOTE && !insideDoubleQuotes) {
        const sqStart = pos;
        pos++;
        const start2 = pos;
        while (pos < len && src2.charCodeAt(pos) !== CH_SQUOTE)
          pos++;
        const value = src2.slice(start2, pos);
        text += value;
        if (pos < len)
          pos++;
        if (bp) {
          if (sqStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: sqStart,
              value: litBuf,
              text: src2.slice(litStart, sqStart)
            });
            litBuf = "";
          }
          parts.push({ type: "SingleQuoted", pos: sqStart, end: pos, value, text: src2.slice(sqStart, pos) });
          litStart = pos;
        }
        continue;
      }
      if (ch === CH_DQUOTE) {
        const dqStart = pos;
        pos++;
        this.pos = pos;
        this.readDoubleQuoted(insideDoubleQuotes);
        pos = this.pos;
        text += this._dqText;
        if (bp) {
          if (dqStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: dqStart,
              value: litBuf,
              text: src2.slice(litStart, dqStart)
            });
            litBuf = "";
          }
          const dqText = src2.slice(dqStart, pos);
          parts.push({
            type: "DoubleQuoted",
            pos: dqStart,
            end: pos,
            text: dqText,
            parts: this._dqParts ?? [
              {
                type: "Literal",
                pos: dqStart + 1,
                end: this._dqEnd,
                value: this._dqText,
                text: src2.slice(dqStart + 1, this._dqEnd)
              }
            ]
          });
          litStart = pos;
        }
        continue;
      }
      if (ch === CH_DOLLAR) {
        const dollarStart = pos;
        this.pos = pos;
        this.readDollar(insideDoubleQuotes);
        pos = this.pos;
        text += this._resultText;
        if (bp) {
          if (this._resultPart) {
            if (dollarStart > litStart) {
              parts.push({
                type: "Literal",
                pos: litStart,
                end: dollarStart,
                value: litBuf,
                text: src2.slice(litStart, dollarStart)
              });
              litBuf = "";
            }
            parts.push(this._resultPart);
            litStart = pos;
          } else {
            litBuf += this._resultText;
          }
        }
        continue;
      }
      if (ch === CH_BACKTICK) {
        const btStart = pos;
        this.pos = pos;
        this.readBacktickExpansion(insideDoubleQuotes);
        pos = this.pos;
        text += this._resultText;
        if (bp) {
          if (btStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: btStart,
              value: litBuf,
              text: src2.slice(litStart, btStart)
            });
            litBuf = "";
          }
          parts.push(this._resultPart);
          litStart = pos;
        }
        continue;
      }
      if (!insideDoubleQuotes && !arithmetic && (ch === CH_LT || ch === CH_GT) && pos + 1 < len && src2.charCodeAt(pos + 1) === CH_LPAREN) {
        const psStart = pos;
        this.pos = pos + 2;
        const inner = this.extractBalanced();
        pos = this.pos;
        const raw = src2.slice(psStart, pos);
        text += raw;
        if (bp) {
          if (psStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: psStart,
              value: litBuf,
              text: src2.slice(litStart, psStart)
            });
            litBuf = "";
          }
          parts.push(this.processSubstitution(psStart, raw, ch === CH_LT ? "<" : ">", inner));
          litStart = pos;
        }
        continue;
      }
      text += src2[pos];
      if (bp) {
        litBuf += src2[pos];
        if (globs && (ch === CH_STAR || ch === CH_QUESTION || ch === CH_LBRACKET))
          hasGlobs = true;
      }
      pos++;
    }
    if (bp && pos > litStart)
      parts.push({ type: "Literal", pos: litStart, end: pos, value: litBuf, text: src2.slice(litStart, pos) });
    this.pos = pos;
    this._wordText = text;
    this._wordRaw = false;
    this._wordQuoted = false;
    this._wordHasExpansions = false;
    this._wordKeywordEligible = false;
    if (bp) {
      this._wordParts = parts.length > 1 || parts.length === 1 && (parts[0].type !== "Literal" || preserveLiteral) ? parts : null;
      if (hasGlobs)
        this._wordParts = parseGlobParts(src2, start, pos, this._wordParts) ?? null;
    }
  }
  subFieldParts(start, end) {
    if (this._nestingDepth >= MAX_SYNTAX_NESTING)
      return void 0;
    return hasEmbeddedWordStructure(this.src, start, end) ? this.parseSubFieldWord(start, end).parts : parseGlobParts(this.src, start, end, void 0);
  }
  // Parse a parameter-expansion sub-field (operand, slice bound, replacement pattern) over
  // the window [start, end) of the original source. Parsing in place — rather than against a
  // detached slice — gives the word and any nested substitutions absolute offsets, and
  // composes through nested ${...}. The `${...}` inner is a verbatim substring of the
  // source, so every sub-field offset maps straight back.
  parseSubFieldWord(start, end, context = "word", arithmetic = false) {
    if (start >= end)
      return new WordImpl("", start, start);
    if (this._nestingDepth >= MAX_SYNTAX_NESTING)
      return new WordImpl(this.src.slice(start, end), start, end);
    this._nestingDepth++;
    const savedEnd = this.srcEnd;
    const savedBracketWindow = this._bracketWindow;
    const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
    const savedPos = this.pos;
    const savedText = this._wordText;
    const savedParts = this._wordParts;
    const savedQuoted = this._wordQuoted;
    const savedKeywordEligible = this._wordKeywordEligible;
    this.srcEnd = end;
    this.pos = start;
    this.readInnerWordText(context === "quoted", arithmetic, context === "word");
    const word2 = new WordImpl(this.src.slice(start, end), start, end);
    if (this._buildParts) {
      word2.parts = this._wordParts ?? void 0;
    }
    this.srcEnd = savedEnd;
    this._bracketWindow = savedBracketWindow;
    this._arithmeticBracketWindow = savedArithmeticBracketWindow;
    this.pos = savedPos;
    this._wordText = savedText;
    this._wordParts = savedParts;
    this._wordQuoted = savedQuoted;
    this._wordKeywordEligible = savedKeywordEligible;
    this._nestingDepth--;
    return word2;
  }
  skipSQ() {
    while (this.pos < this.srcEnd && this.src.charCodeAt(this.pos) !== CH_SQUOTE)
      this.pos++;
    if (this.pos < this.srcEnd)
      this.pos++;
  }
  skipAnsiCQuoted() {
    const quotePos = this.pos - 1;
    const result = decodeAnsiCQuoted(this.src, this.pos, this.srcEnd);
    this.pos = result.end;
    if (!result.closed)
      this.errors.push({ message: "unterminated ANSI-C quote", pos: quotePos });
  }
  // Plain quoted text is skipped here; the first `$(`, `${`, `$$`, backtick or the end of input
  // hands the rest to the quote scanner, which owns substitution and nesting-limit decisions.
  skipDQ() {
    const src2 = this.src;
    const len = this.srcEnd;
    this._unbalanced = false;
    if (this._nestingDepth < MAX_SYNTAX_NESTING) {
      while (this.pos < len) {
        const ch = src2.charCodeAt(this.pos);
        if (ch === CH_DQUOTE) {
          this.pos++;
          return;
        }
        if (ch === CH_BACKSLASH) {
          this.pos = Math.min(this.pos + 2, len);
          continue;
        }
        if (ch === CH_BACKTICK)
          break;
        if (ch === CH_DOLLAR) {
          const next = src2.charCodeAt(this.pos + 1);
          if (next === CH_LPAREN || next === CH_LBRACE || next === CH_DOLLAR)
            break;
        }
        this.pos++;
      }
    }
    this.extractBalanced(true, true);
  }
  skipSpacesAndTabs() {
    this.pos = skipBlanks(this.src, this.pos, this.srcEnd);
  }
  readDoubleQuoted(unescapeAll = false) {
    const src2 = this.src;
    const len = this.srcEnd;
    const contentStart = this.pos;
    let hasExpansions = false;
    const bp = this._buildParts;
    const bt = bp || this._buildValue;
    if (!bp) {
      let p = this.pos;
      while (p < len) {
        const c = src2.charCodeAt(p);
        if (c === CH_DQUOTE) {
          this._dqText = bt ? src2.slice(contentStart, p) : "";
          this._dqEnd = p;
          this.pos = p + 1;
          this._dqHasExpansions = false;
          this._dqParts = null;
          return;
        }
        if (c === CH_DOLLAR || c === CH_BACKTICK || c === CH_BACKSLASH)
          break;
        p++;
      }
    }
    let text = "";
    let parts = null;
    let litBuf = "";
    let litStart = bp ? this.pos : 0;
    while (this.pos < len && src2.charCodeAt(this.pos) !== CH_DQUOTE) {
      const runStart = this.pos;
      while (this.pos < len) {
        const c = src2.charCodeAt(this.pos);
        if (c === CH_DQUOTE || c === CH_BACKSLASH || c === CH_DOLLAR || c === CH_BACKTICK)
          break;
        this.pos++;
      }
      if (bt && this.pos > runStart) {
        const chunk = src2.slice(runStart, this.pos);
        text += chunk;
        if (bp)
          litBuf += chunk;
      }
      if (this.pos >= len || src2.charCodeAt(this.pos) === CH_DQUOTE)
        break;
      const ch = src2.charCodeAt(this.pos);
      if (ch === CH_BACKSLASH) {
        this.pos++;
        if (this.pos < len) {
          const next = src2.charCodeAt(this.pos);
          if (next === CH_NL) {
            this.pos++;
            continue;
          }
          if (bt) {
            if (unescapeAll || next === CH_DOLLAR || next === CH_BACKTICK || next === CH_DQUOTE || next === CH_BACKSLASH) {
              const c = src2[this.pos];
              text += c;
              if (bp)
                litBuf += c;
            } else {
              const pair = "\\" + src2[this.pos];
              text += pair;
              if (bp)
                litBuf += pair;
            }
          }
          this.pos++;
        }
        continue;
      }
      if (ch === CH_DOLLAR) {
        const afterDollar = this.pos + 1 < len ? src2.charCodeAt(this.pos + 1) : 0;
        if (afterDollar === CH_DQUOTE || afterDollar === CH_SQUOTE) {
          if (bt) {
            text += "$";
            if (bp)
              litBuf += "$";
          }
          this.pos++;
          continue;
        }
        const expStart = this.pos;
        this.readDollar(true);
        if (bt)
          text += this._resultText;
        if (this._resultHasExpansion)
          hasExpansions = true;
        if (bp) {
          const rp = this._resultPart;
          if (rp && isDQChild(rp)) {
            if (!parts)
              parts = [];
            if (expStart > litStart) {
              parts.push({
                type: "Literal",
                pos: litStart,
                end: expStart,
                value: litBuf,
                text: src2.slice(litStart, expStart)
              });
              litBuf = "";
            }
            parts.push(rp);
            litStart = this.pos;
          } else {
            litBuf += this._resultText;
          }
        }
        continue;
      }
      if (ch === CH_BACKTICK) {
        const btStart = this.pos;
        this.readBacktickExpansion(true);
        if (bt)
          text += this._resultText;
        hasExpansions = true;
        if (bp && this._resultPart && isDQChild(this._resultPart)) {
          if (!parts)
            parts = [];
          if (btStart > litStart) {
            parts.push({
              type: "Literal",
              pos: litStart,
              end: btStart,
              value: litBuf,
              text: src2.slice(litStart, btStart)
            });
            litBuf = "";
          }
          parts.push(this._resultPart);
          litStart = this.pos;
        }
        continue;
      }
    }
    if (bp && parts && this.pos > litStart)
      parts.push({ type: "Literal", pos: litStart, end: this.pos, value: litBuf, text: src2.slice(litStart, this.pos) });
    this._dqEnd = this.pos;
    if (this.pos < len)
      this.pos++;
    else
      this.errors.push({ message: "unterminated double quote", pos: contentStart - 1 });
    this._dqText = text;
    this._dqHasExpansions = hasExpansions;
    this._dqParts = parts;
  }
  readDollar(insideDoubleQuotes = false) {
    const dollarPos = this.pos;
    this.pos++;
    const src2 = this.src;
    const len = this.srcEnd;
    const bt = this._buildParts || this._buildValue;
    if (this.pos >= len) {
      this._resultText = "$";
      this._resultIsRaw = true;
      this._resultHasExpansion = false;
      this._resultPart = void 0;
      return;
    }
    const logicalPos = skipLineContinuations(src2, this.pos, len);
    if (logicalPos > this.pos && src2.charCodeAt(logicalPos) === CH_LPAREN && src2.charCodeAt(logicalPos + 1) !== CH_LPAREN)
      this.pos = logicalPos;
    const ch = src2.charCodeAt(this.pos);
    if (ch === CH_LPAREN) {
      if (this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
        const savedPos = this.pos;
        const savedErrors = this.errors.length;
        this.readArithmeticExpansion(dollarPos);
        if (!this._notArithmetic)
          return;
        this.errors.length = savedErrors;
        this.pos = savedPos;
      }
      this.readCommandSubstitution(dollarPos);
      return;
    }
    if (ch === CH_LBRACE) {
      const after = this.pos + 1 < len ? src2.charCodeAt(this.pos + 1) : 0;
      if (after === CH_SPACE || after === CH_TAB || after === CH_NL) {
        this.readBraceCommandSubstitution();
        return;
      }
      if (after === CH_PIPE) {
        this.readValueSubstitution();
        return;
      }
      this.readParameterExpansion(insideDoubleQuotes);
      return;
    }
    if (ch === CH_SQUOTE) {
      this.pos++;
      if (bt) {
        const value = this.readAnsiCQuoted();
        this._resultText = value;
        this._resultPart = this._buildParts ? { type: "AnsiCQuoted", pos: dollarPos, end: this.pos, text: src2.slice(dollarPos, this.pos), value } : void 0;
      } else {
        this.skipAnsiCQuoted();
        this._resultText = "";
        this._resultPart = void 0;
      }
      this._resultIsRaw = false;
      this._resultHasExpansion = false;
      return;
    }
    if (ch === CH_DQUOTE) {
      this.pos++;
      this.readDoubleQuoted(insideDoubleQuotes);
      this._resultText = this._dqText;
      this._resultIsRaw = false;
      this._resultHasExpansion = this._dqHasExpansions;
      if (this._buildParts) {
        const text = src2.slice(dollarPos, this.pos);
        this._resultPart = {
          type: "LocaleString",
          pos: dollarPos,
          end: this.pos,
          text,
          parts: this._dqParts ?? [
            {
              type: "Literal",
              pos: dollarPos + 2,
              end: this._dqEnd,
              value: this._dqText,
              text: src2.slice(dollarPos + 2, this._dqEnd)
            }
          ]
        };
      } else {
        this._resultPart = void 0;
      }
      return;
    }
    if (ch === CH_AT || ch === CH_STAR || ch === CH_HASH || ch === CH_QUESTION || ch === CH_DASH || ch === CH_DOLLAR || ch === CH_BANG || ch >= CH_0 && ch <= CH_9) {
      this.pos++;
      const text = bt ? src2.slice(this.pos - 2, this.pos) : "";
      this._resultText = text;
      this._resultIsRaw = true;
      this._resultHasExpansion = false;
      this._resultPart = this._buildParts ? { type: "SimpleExpansion", pos: dollarPos, end: this.pos, text } : void 0;
      return;
    }
    if (ch < 128 && isIdChar[ch] & 1) {
      const namePos = this.pos - 1;
      while (this.pos < len) {
        const c = src2.charCodeAt(this.pos);
        if (c < 128 && isIdChar[c] & 2)
          this.pos++;
        else
          break;
      }
      const text = bt ? src2.slice(namePos, this.pos) : "";
      this._resultText = text;
      this._resultIsRaw = true;
      this._resultHasExpansion = false;
      this._resultPart = this._buildParts ? { type: "SimpleExpansion", pos: dollarPos, end: this.pos, text } : void 0;
      return;
    }
    if (ch === CH_LBRACKET) {
      const errorCount = this._errors === null ? 0 : this._errors.length;
      const close = this.findClosingArithmeticBracket(this.pos + 1);
      if (close !== -1) {
        const bodyStart = this.pos + 1;
        const body3 = src2.slice(bodyStart, close);
        this.pos = close + 1;
        const text = bt ? src2.slice(dollarPos, this.pos) : "";
        this._resultText = text;
        this._resultIsRaw = true;
        this._resultHasExpansion = false;
        this._resultPart = this._buildParts ? this.arithmeticExpansion(bodyStart - 2, text, body3, bodyStart) : void 0;
        return;
      }
      if (this._errors !== null)
        this._errors.length = errorCount;
    }
    this._resultText = "$";
    this._resultIsRaw = true;
    this._resultHasExpansion = false;
    this._resultPart = void 0;
  }
  scanArithmeticBody() {
    this._notArithmetic = false;
    this._arithUnterminated = false;
    this.pos += 2;
    let depth = 1;
    let parenDepth = 0;
    let parentParenDepth = 0;
    let parenDepths;
    let reported = false;
    const src2 = this.src;
    const len = this.srcEnd;
    const start = this.pos;
    while (this.pos < len && depth > 0) {
      const c = src2.charCodeAt(this.pos);
      if (c === CH_BACKSLASH) {
        this.pos += this.pos + 1 < len ? 2 : 1;
      } else if (c === CH_SQUOTE) {
        this.pos++;
        this.skipSQ();
      } else if (c === CH_DQUOTE) {
        this.pos++;
        this.skipDQ();
      } else if (c === CH_BACKTICK) {
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
          if (src2.charCodeAt(this.pos) === CH_BACKSLASH)
            this.pos++;
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
      } else if (c === CH_DOLLAR && this.pos + 2 < len && src2.charCodeAt(this.pos + 1) === CH_LPAREN && src2.charCodeAt(this.pos + 2) !== CH_LPAREN) {
        const dollarPos = this.pos;
        this.pos += 2;
        this.extractBalanced();
        if (this._unbalanced)
          this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
      } else if (c === CH_DOLLAR && this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_LBRACE) {
        const close = this.findClosingBrace(this.pos + 2, len);
        this.pos = close === -1 ? len : close + 1;
      } else if ((c === CH_LT || c === CH_GT) && this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
        this.pos += 2;
        this.extractBalanced();
      } else if (c === CH_LPAREN) {
        if (src2.charCodeAt(this.pos - 1) === CH_DOLLAR && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
          if (depth === 1)
            parentParenDepth = parenDepth;
          else
            (parenDepths ?? (parenDepths = [])).push(parenDepth);
          depth++;
          parenDepth = 0;
          if (depth + this._nestingDepth > MAX_SYNTAX_NESTING && !reported) {
            this.errors.push({ message: "maximum arithmetic expansion nesting depth exceeded", pos: this.pos - 1 });
            reported = true;
          }
          this.pos += 2;
        } else {
          if (++parenDepth + depth - 1 + this._nestingDepth > MAX_SYNTAX_NESTING && !reported) {
            this.errors.push({ message: "maximum arithmetic expression nesting depth exceeded", pos: this.pos });
            reported = true;
          }
          this.pos++;
        }
      } else if (c === CH_RPAREN && parenDepth > 0) {
        parenDepth--;
        this.pos++;
      } else if (c === CH_RPAREN && this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_RPAREN) {
        if (--depth === 0) {
          this.pos += 2;
          break;
        }
        parenDepth = depth === 1 ? parentParenDepth : parenDepths.pop();
        this.pos += 2;
      } else if (c === CH_RPAREN && depth === 1) {
        this._notArithmetic = true;
        return "";
      } else {
        this.pos++;
      }
    }
    const bt = this._buildParts || this._buildValue;
    if (depth > 0) {
      this._arithUnterminated = true;
      return bt ? src2.slice(start, this.pos) : "";
    }
    return bt ? src2.slice(start, this.pos - 2) : "";
  }
  readArithmeticExpansion(dollarPos) {
    const bodyStart = this.pos + 2;
    const body3 = this.scanArithmeticBody();
    if (this._notArithmetic)
      return;
    if (this._arithUnterminated)
      this.errors.push({ message: "unterminated arithmetic expansion", pos: dollarPos });
    const text = this._buildParts || this._buildValue ? this.src.slice(dollarPos, this.pos) : "";
    this._resultText = text;
    this._resultIsRaw = true;
    this._resultHasExpansion = false;
    this._resultPart = this._buildParts ? this.arithmeticExpansion(dollarPos, text, body3, bodyStart) : void 0;
  }
  arithmeticExpansion(pos, text, body3, bodyStart) {
    return new ArithmeticExpansionImpl(pos, this.pos, text, {
      source: this.src,
      body: body3,
      offset: bodyStart,
      depth: this._nestingDepth,
      context: this.substitutionContext
    });
  }
  readArithmeticCommand(out2, tokenStart) {
    const savedBuildValue = this._buildValue;
    this._buildValue = true;
    const body3 = this.scanArithmeticBody();
    this._buildValue = savedBuildValue;
    if (this._arithUnterminated)
      this.errors.push({ message: "unterminated arithmetic command", pos: tokenStart });
    setToken(out2, Token.ArithCmd, body3, tokenStart, this.pos);
  }
  readCommandSubstitution(dollarPos) {
    const openPos = this.pos;
    this.pos++;
    const inner = this.extractBalanced();
    if (this._unbalanced)
      this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
    const bt = this._buildParts || this._buildValue;
    const rawText = bt ? this.src.slice(dollarPos, this.pos) : "";
    const text = !bt || openPos === dollarPos + 1 ? rawText : "$" + this.src.slice(openPos, this.pos);
    this._resultText = text;
    this._resultIsRaw = openPos === dollarPos + 1;
    this._resultHasExpansion = true;
    if (this._buildParts) {
      this._resultPart = this.commandExpansion(dollarPos, rawText, openPos + 1, inner, !this._unbalanced);
    } else {
      this._resultPart = void 0;
    }
  }
  readBraceCommandSubstitution() {
    this.readBraceSubstitution(1);
  }
  readValueSubstitution() {
    this.readBraceSubstitution(2);
  }
  readBraceSubstitution(skip) {
    const dollarPos = this.pos - 1;
    this.pos += skip;
    const src2 = this.src;
    const len = this.srcEnd;
    let depth = 1;
    const start = this.pos;
    while (this.pos < len) {
      const c = src2.charCodeAt(this.pos);
      if (c === CH_LBRACE)
        depth++;
      else if (c === CH_RBRACE) {
        if (--depth === 0) {
          this.pos++;
          break;
        }
      } else if (c === CH_SQUOTE) {
        this.pos++;
        this.skipSQ();
        continue;
      } else if (c === CH_DQUOTE) {
        this.pos++;
        this.skipDQ();
        continue;
      } else if (c === CH_BACKSLASH)
        this.pos++;
      this.pos++;
    }
    this._resultIsRaw = true;
    this._resultHasExpansion = true;
    if (this._buildParts || this._buildValue) {
      const rawInner = src2.slice(start, this.pos - 1);
      const inner = rawInner.trim();
      const text = src2.slice(dollarPos, this.pos);
      this._resultText = text;
      if (this._buildParts) {
        const innerStart = start + (rawInner.length - rawInner.trimStart().length);
        this._resultPart = this.commandExpansion(dollarPos, text, innerStart, inner);
      } else {
        this._resultPart = void 0;
      }
    } else {
      this._resultText = "";
      this._resultPart = void 0;
    }
  }
  readBacktickExpansion(insideDoubleQuotes = false) {
    this.pos++;
    const src2 = this.src;
    const len = this.srcEnd;
    const start = this.pos;
    if (!this._buildParts && !this._buildValue) {
      while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
        if (src2.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len)
          this.pos++;
        this.pos++;
      }
      if (this.pos < len)
        this.pos++;
      else
        this.errors.push({ message: "unterminated backtick", pos: start - 1 });
      this._resultText = "";
      this._resultIsRaw = false;
      this._resultHasExpansion = true;
      this._resultPart = void 0;
      return;
    }
    let inner = "";
    let hasEscapes = false;
    while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
      if (src2.charCodeAt(this.pos) === CH_BACKSLASH) {
        hasEscapes = true;
        break;
      }
      this.pos++;
    }
    if (!hasEscapes) {
      inner = src2.slice(start, this.pos);
    } else {
      inner = src2.slice(start, this.pos);
      while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
        if (src2.charCodeAt(this.pos) === CH_BACKSLASH) {
          this.pos++;
          if (this.pos < len) {
            const c = src2.charCodeAt(this.pos);
            if (c === CH_DOLLAR || c === CH_BACKTICK || c === CH_BACKSLASH || insideDoubleQuotes && c === CH_DQUOTE) {
              inner += src2[this.pos];
            } else {
              inner += "\\" + src2[this.pos];
            }
            this.pos++;
          }
        } else {
          const runStart = this.pos;
          while (this.pos < len) {
            const c = src2.charCodeAt(this.pos);
            if (c === CH_BACKTICK || c === CH_BACKSLASH)
              break;
            this.pos++;
          }
          inner += src2.slice(runStart, this.pos);
        }
      }
    }
    if (this.pos < len)
      this.pos++;
    else
      this.errors.push({ message: "unterminated backtick", pos: start - 1 });
    const text = src2.slice(start - 1, this.pos);
    this._resultText = inner;
    this._resultHasExpansion = true;
    if (this._buildParts) {
      this._resultPart = hasEscapes ? this.decodedCommandExpansion(start - 1, text, inner) : this.commandExpansion(start - 1, text, start, inner);
    } else {
      this._resultPart = void 0;
    }
  }
  readParameterExpansion(insideDoubleQuotes) {
    const src2 = this.src;
    const len = this.srcEnd;
    const start = this.pos;
    this.pos++;
    let depth = 1;
    let reported = false;
    while (this.pos < len && depth > 0) {
      const ch = src2.charCodeAt(this.pos);
      if (ch === CH_DOLLAR) {
        const next = this.pos + 1 < len ? src2.charCodeAt(this.pos + 1) : 0;
        if (next === CH_LBRACE) {
          depth++;
          if (this._nestingDepth + depth > MAX_SYNTAX_NESTING && !reported) {
            this.errors.push({ message: "maximum parameter expansion nesting depth exceeded", pos: this.pos });
            reported = true;
          }
          this.pos += 2;
          continue;
        }
        if (next === CH_DOLLAR) {
          this.pos += 2;
          continue;
        }
        if (next === CH_LPAREN) {
          const dollarPos = this.pos;
          this.pos += 2;
          this.extractBalanced();
          if (this._unbalanced)
            this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
          continue;
        }
      } else if (ch === CH_BACKTICK) {
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
          if (src2.charCodeAt(this.pos) === CH_BACKSLASH)
            this.pos++;
          this.pos++;
        }
        if (this.pos < len)
          this.pos++;
        continue;
      } else if (ch === CH_RBRACE) {
        if (--depth === 0) {
          this.pos++;
          break;
        }
      } else if (ch === CH_BACKSLASH) {
        if (this.pos + 1 < len)
          this.pos++;
      } else if (ch === CH_SQUOTE) {
        this.pos++;
        if (this.pos > start + 1 && src2.charCodeAt(this.pos - 2) === CH_DOLLAR)
          this.skipAnsiCQuoted();
        else
          this.skipSQ();
        continue;
      } else if (ch === CH_DQUOTE) {
        this.pos++;
        this.skipDQ();
        continue;
      }
      this.pos++;
    }
    const closed = depth === 0;
    if (!closed)
      this.errors.push({ message: "unterminated parameter expansion", pos: start - 1 });
    const text = this._buildParts || this._buildValue ? src2.slice(start - 1, this.pos) : "";
    this._resultText = text;
    this._resultIsRaw = true;
    this._resultHasExpansion = false;
    if (this._buildParts) {
      const inner = src2.slice(start + 1, closed ? this.pos - 1 : this.pos);
      this._resultPart = this.parseParamInner(text, inner, start + 1, insideDoubleQuotes);
    } else {
      this._resultPart = void 0;
    }
  }
  // `innerStart` is the absolute offset of `inner` in the original source, so each sub-field
  // word is parsed in place at its true position. `sub(a, b)` maps inner-relative offsets to
  // that absolute window.
  parseParamInner(text, inner, innerStart, insideDoubleQuotes) {
    const result = {
      type: "ParameterExpansion",
      pos: innerStart - 2,
      end: this.pos,
      text,
      parameter: "",
      parameterPos: innerStart,
      parameterEnd: innerStart,
      prefix: void 0,
      index: void 0,
      operation: void 0
    };
    const ilen = inner.length;
    if (ilen === 0)
      return result;
    const sub = (a, b, context = "word") => this.parseSubFieldWord(innerStart + a, innerStart + b, context);
    const closeBracket = (start) => {
      const close = this.findClosingBracket(innerStart + start, innerStart + ilen);
      return close === -1 ? -1 : close - innerStart;
    };
    let i = 0;
    if (ilen > 1 && inner.charCodeAt(0) === CH_BANG) {
      result.prefix = "!";
      i = 1;
    }
    if (ilen > 1 && inner.charCodeAt(0) === CH_HASH) {
      const nameEnd = this.scanParamName(inner, 1);
      let parameterEnd = nameEnd;
      let indexEnd = -1;
      if (parameterEnd < ilen && inner.charCodeAt(parameterEnd) === CH_LBRACKET) {
        indexEnd = closeBracket(parameterEnd + 1);
        if (indexEnd !== -1)
          parameterEnd = indexEnd + 1;
      }
      if (nameEnd > 1 && parameterEnd === ilen) {
        result.prefix = "#";
        result.parameter = inner.slice(1, nameEnd);
        result.parameterPos = innerStart + 1;
        result.parameterEnd = innerStart + nameEnd;
        if (indexEnd !== -1)
          result.index = sub(nameEnd + 1, indexEnd, "embedded");
        return result;
      }
    }
    const nameStart = i;
    i = this.scanParamName(inner, i);
    result.parameter = inner.slice(nameStart, i);
    result.parameterPos = innerStart + nameStart;
    result.parameterEnd = innerStart + i;
    if (i < ilen && inner.charCodeAt(i) === CH_LBRACKET) {
      const closeB = closeBracket(i + 1);
      if (closeB !== -1) {
        result.index = sub(i + 1, closeB, "embedded");
        i = closeB + 1;
      }
    }
    if (i >= ilen)
      return result;
    const pos = innerStart + i;
    const end = innerStart + ilen;
    const opChar = inner.charCodeAt(i);
    const nextChar = inner.charCodeAt(i + 1);
    const defaultChar = inner[opChar === CH_COLON ? i + 1 : i];
    if (defaultChar === "-" || defaultChar === "=" || defaultChar === "+" || defaultChar === "?") {
      const operandStart = i + (opChar === CH_COLON ? 2 : 1);
      result.operation = {
        type: "Default",
        pos,
        end,
        operatorEnd: innerStart + operandStart,
        operator: opChar === CH_COLON ? `:${defaultChar}` : defaultChar,
        operand: sub(operandStart, ilen, insideDoubleQuotes ? "quoted" : "word")
      };
      return result;
    }
    if (opChar === CH_COLON) {
      i++;
      const sliceStart = innerStart + i;
      const colonIdx = findUnnested(inner.slice(i), CH_COLON, true, (index, quoted) => {
        return this.findNestedShellEnd(sliceStart + index, end, quoted) - sliceStart;
      });
      result.operation = {
        type: "Slice",
        pos,
        end,
        operatorEnd: sliceStart,
        operator: ":",
        offset: sub(i, colonIdx === -1 ? ilen : i + colonIdx, "embedded"),
        length: colonIdx === -1 ? void 0 : sub(i + colonIdx + 1, ilen, "embedded")
      };
      return result;
    }
    if (opChar === CH_HASH || opChar === CH_PERCENT) {
      const doubled = nextChar === opChar;
      const operator = opChar === CH_HASH ? doubled ? "##" : "#" : doubled ? "%%" : "%";
      const operandStart = i + (doubled ? 2 : 1);
      result.operation = {
        type: "Remove",
        pos,
        end,
        operatorEnd: innerStart + operandStart,
        operator,
        operand: sub(operandStart, ilen)
      };
      return result;
    }
    if (opChar === CH_SLASH) {
      i++;
      let operator = "/";
      if (nextChar === CH_SLASH || nextChar === CH_HASH || nextChar === CH_PERCENT) {
        operator = nextChar === CH_SLASH ? "//" : nextChar === CH_HASH ? "/#" : "/%";
        i++;
      }
      let separatorStart = i;
      if (nextChar === CH_SLASH) {
        separatorStart = skipLineContinuations(inner, i, ilen);
        if (inner.charCodeAt(separatorStart) === CH_SLASH)
          separatorStart++;
      }
      const sepIdx = findUnnested(inner.slice(separatorStart), CH_SLASH);
      const patternEnd = sepIdx === -1 ? ilen : separatorStart + sepIdx;
      result.operation = {
        type: "Replace",
        pos,
        end,
        operatorEnd: innerStart + i,
        operator,
        pattern: sub(i, patternEnd),
        replacement: sub(sepIdx === -1 ? ilen : patternEnd + 1, ilen)
      };
      return result;
    }
    if (opChar === CH_CARET || opChar === CH_COMMA) {
      const doubled = nextChar === opChar;
      const operator = opChar === CH_CARET ? doubled ? "^^" : "^" : doubled ? ",," : ",";
      const operandStart = i + (doubled ? 2 : 1);
      result.operation = {
        type: "CaseModification",
        pos,
        end,
        operatorEnd: innerStart + operandStart,
        operator,
        operand: operandStart === ilen ? void 0 : sub(operandStart, ilen)
      };
      return result;
    }
    if (result.prefix === "!" && result.index === void 0 && i + 1 === ilen && (opChar === CH_AT || opChar === CH_STAR)) {
      result.operation = { type: "Names", pos, end, operatorEnd: end, operator: opChar === CH_AT ? "@" : "*" };
      return result;
    }
    if (opChar === CH_AT) {
      result.operation = {
        type: "Transform",
        pos,
        end,
        operatorEnd: pos + 1,
        operator: "@",
        operand: sub(i + 1, ilen)
      };
      return result;
    }
    result.operation = { type: "Unknown", pos, end, operatorEnd: end, operator: inner.slice(i) };
    return result;
  }
  findNestedShellEnd(start, end, quoted) {
    const ch = this.src.charCodeAt(start);
    if (ch === CH_BACKTICK) {
      let pos = start + 1;
      while (pos < end) {
        const current = this.src.charCodeAt(pos);
        if (current === CH_BACKSLASH) {
          pos += 2;
          continue;
        }
        pos++;
        if (current === CH_BACKTICK)
          return pos;
      }
      return end;
    }
    let close;
    if (ch === CH_DOLLAR) {
      const next = start + 1;
      if (next < end && this.src.charCodeAt(next) === CH_LBRACE) {
        close = this.findClosingBrace(next + 1, end);
      } else {
        const open = skipLineContinuations(this.src, next, end);
        if (open >= end || this.src.charCodeAt(open) !== CH_LPAREN)
          return start;
        close = this.findClosingParenthesis(open + 1, end);
      }
    } else {
      const open = start + 1;
      if (quoted || ch !== CH_LT && ch !== CH_GT || open >= end || this.src.charCodeAt(open) !== CH_LPAREN) {
        return start;
      }
      close = this.findClosingParenthesis(open + 1, end);
    }
    return close === -1 ? end : close + 1;
  }
  scanParamName(s, start) {
    let i = start;
    if (i >= s.length)
      return i;
    const c = s.charCodeAt(i);
    if (c === CH_AT || c === CH_STAR || c === CH_HASH || c === CH_QUESTION || c === CH_DASH || c === CH_DOLLAR || c === CH_BANG) {
      return i + 1;
    }
    if (c >= CH_0 && c <= CH_9) {
      while (i < s.length && s.charCodeAt(i) >= CH_0 && s.charCodeAt(i) <= CH_9)
        i++;
      return i;
    }
    if (c >= CH_a && c <= CH_z || c >= CH_A && c <= CH_Z || c === CH_UNDERSCORE) {
      i++;
      while (i < s.length) {
        const ch = s.charCodeAt(i);
        if (ch >= CH_a && ch <= CH_z || ch >= CH_A && ch <= CH_Z || ch >= CH_0 && ch <= CH_9 || ch === CH_UNDERSCORE)
          i++;
        else
          break;
      }
    }
    return i;
  }
  readAnsiCQuoted() {
    const quotePos = this.pos - 1;
    const result = decodeAnsiCQuoted(this.src, this.pos, this.srcEnd);
    this.pos = result.end;
    if (!result.closed)
      this.errors.push({ message: "unterminated ANSI-C quote", pos: quotePos });
    return result.value;
  }
  // Quotes resume when a nested substitution returns to their parenthesis depth.
  extractBalanced(useGrammar = true, quoteOnly = false) {
    const src2 = this.src;
    const len = this.srcEnd;
    const bt = this._buildParts || this._buildValue;
    let depth = quoteOnly ? 0 : 1;
    const start = this.pos;
    this._unbalanced = false;
    const knownEnd = useGrammar && !quoteOnly ? this.substitutionContext.boundaries?.get(start) : void 0;
    if (knownEnd !== void 0 && knownEnd <= len && this._nestingDepth < MAX_SYNTAX_NESTING) {
      this.pos = knownEnd;
      return bt ? src2.slice(start, knownEnd - 1) : "";
    }
    let wordStart = true;
    while (!quoteOnly && this.pos < len) {
      const c = src2.charCodeAt(this.pos);
      if (c === CH_RPAREN) {
        const result = bt ? src2.slice(start, this.pos) : "";
        this.pos++;
        return result;
      } else if (c === CH_LPAREN || c === CH_BACKSLASH || c === CH_SQUOTE || c === CH_DQUOTE || c === CH_BACKTICK || c === CH_DOLLAR && (src2.charCodeAt(this.pos + 1) === CH_SQUOTE || src2.charCodeAt(this.pos + 1) === CH_DOLLAR || src2.charCodeAt(this.pos + 1) === CH_LBRACE)) {
        break;
      } else if (c === CH_HASH && wordStart) {
        break;
      } else if (c === 99 && wordStart && this.pos + 3 < len && src2.charCodeAt(this.pos + 1) === 97 && src2.charCodeAt(this.pos + 2) === 115 && src2.charCodeAt(this.pos + 3) === 101 && (this.pos + 4 >= len || src2.charCodeAt(this.pos + 4) < 128 && charType[src2.charCodeAt(this.pos + 4)] & 1)) {
        break;
      } else {
        if (c === CH_LT && this.pos + 1 < len) {
          const next = src2.charCodeAt(this.pos + 1);
          if (next === CH_LT || next === CH_BACKSLASH)
            break;
        }
        wordStart = c < 128 && (charType[c] & 1) !== 0;
        this.pos++;
      }
    }
    let caseDepth = 0;
    let caseParens = 0;
    const wordStartAfterParen = [];
    let pendingDelims = null;
    let scripts;
    let arithBase = -1;
    let arithExtent = start >= 2 && src2.charCodeAt(start) === CH_LPAREN && src2.charCodeAt(start - 1) === CH_LPAREN && src2.charCodeAt(start - 2) === CH_DOLLAR;
    let substitutions = 0;
    let reported = false;
    const quotes = quoteOnly ? [{ close: CH_DQUOTE, depth: 0 }] : [];
    let quotedDepth = quoteOnly ? 1 : 0;
    let parameterDepth = 0;
    let arithmeticOpens;
    let continuedDollarPos = -1;
    let continuedParenPos = -1;
    let escapedEnd = -1;
    let lastParenEnd = -1;
    let checkedGrammar = false;
    while (this.pos < len && (depth > 0 || quotes.length > 0)) {
      let ch = src2.charCodeAt(this.pos);
      const quote = quotes.length === 0 ? void 0 : quotes[quotes.length - 1];
      if (quote !== void 0 && quote.depth === depth) {
        let commandOpen = false;
        if (ch === CH_BACKSLASH) {
          this.pos = Math.min(this.pos + 2, len);
          continue;
        }
        if (ch === quote.close) {
          quotes.pop();
          if (ch === CH_DQUOTE)
            quotedDepth--;
          else
            parameterDepth--;
          this.pos++;
          if (quoteOnly && depth === 0 && quotes.length === 0)
            return "";
          continue;
        }
        if (ch === CH_DQUOTE) {
          quotes.push({ close: CH_DQUOTE, depth });
          quotedDepth++;
        } else if (ch === CH_SQUOTE && quote.close === CH_RBRACE) {
          this.pos++;
          this.skipSQ();
          continue;
        } else if (ch === CH_BACKTICK) {
          this.pos++;
          while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
            if (src2.charCodeAt(this.pos) === CH_BACKSLASH)
              this.pos++;
            if (this.pos < len)
              this.pos++;
          }
          if (this.pos < len)
            this.pos++;
          continue;
        } else if (ch === CH_DOLLAR) {
          const next = src2.charCodeAt(this.pos + 1);
          if (next === CH_SQUOTE && quote.close === CH_RBRACE) {
            this.pos += 2;
            this.skipAnsiCQuoted();
            continue;
          }
          if (next === CH_LBRACE) {
            quotes.push({ close: CH_RBRACE, depth });
            parameterDepth++;
            this.pos++;
          } else if (next === CH_LPAREN) {
            this.pos++;
            ch = CH_LPAREN;
            commandOpen = true;
          } else if (next === CH_DOLLAR) {
            this.pos += src2.charCodeAt(this.pos + 2) === CH_LPAREN ? 1 : 2;
            continue;
          }
        }
        if (!reported && this._nestingDepth + Math.max(quotedDepth, parameterDepth) > MAX_SYNTAX_NESTING) {
          this.errors.push({ message: "maximum word nesting depth exceeded", pos: this.pos });
          reported = true;
        }
        if (!commandOpen) {
          this.pos++;
          while (this.pos < len) {
            const c = src2.charCodeAt(this.pos);
            if (c === CH_BACKSLASH || c === CH_DQUOTE || c === CH_DOLLAR || c === CH_BACKTICK || c === CH_RBRACE || c === CH_SQUOTE)
              break;
            this.pos++;
          }
          continue;
        }
      }
      if (ch === CH_HASH && lastParenEnd !== -1 && !arithExtent && arithBase < 0 && useGrammar && !checkedGrammar && this._nestingDepth + (scripts?.length ?? 0) < MAX_SYNTAX_NESTING && skipBlanks(src2, lastParenEnd, len) === this.pos) {
        checkedGrammar = true;
        const scope = scripts?.[scripts.length - 1];
        const end = this.findSubstitutionEnd(scope?.start ?? start, len, this._nestingDepth + (scripts?.length ?? 0) + 1);
        if (end !== -1) {
          if (scope === void 0) {
            this.pos = end;
            return bt ? src2.slice(start, end - 1) : "";
          }
          this.pos = end - 1;
          depth = scope.depth + 1;
          caseDepth = 0;
          caseParens = 0;
          wordStartAfterParen.length = scope.parens + 1;
          ch = CH_RPAREN;
        }
      }
      if (ch === CH_LPAREN) {
        const prev = this.pos > start && this.pos !== escapedEnd ? src2.charCodeAt(this.pos - 1) : 0;
        const commandDollarPos = prev === CH_DOLLAR ? this.pos - 1 : this.pos === continuedParenPos ? continuedDollarPos : -1;
        const wordParen = commandDollarPos !== -1 || prev === CH_LT || prev === CH_GT || prev === CH_EQ || prev === CH_AT || prev === CH_QUESTION || prev === CH_STAR || prev === CH_PLUS || prev === CH_BANG || prev === CH_LPAREN && wordStartAfterParen[wordStartAfterParen.length - 1] === false || arithExtent && this.pos === start;
        const script = commandDollarPos !== -1 && src2.charCodeAt(this.pos + 1) !== CH_LPAREN || (prev === CH_LT || prev === CH_GT) && arithBase < 0 && !arithExtent;
        if (script) {
          (scripts ?? (scripts = [])).push({
            start: this.pos + 1,
            dollar: commandDollarPos,
            depth,
            parens: wordStartAfterParen.length,
            caseDepth,
            caseParens,
            arithBase,
            arithExtent,
            substitutions,
            checkedGrammar,
            pendingDelims
          });
          caseDepth = 0;
          caseParens = 0;
          arithBase = -1;
          arithExtent = false;
          checkedGrammar = false;
          pendingDelims = null;
        }
        wordStartAfterParen.push(!wordParen);
        wordStart = true;
        if (!script && arithBase < 0 && this.pos + 1 < len && src2.charCodeAt(this.pos + 1) === CH_LPAREN) {
          arithBase = depth;
        }
        if (commandDollarPos !== -1) {
          if (script)
            substitutions++;
          else
            (arithmeticOpens ?? (arithmeticOpens = [])).push(depth);
          if (substitutions + (arithmeticOpens?.length ?? 0) + this._nestingDepth + (quoteOnly ? 0 : 1) > MAX_SYNTAX_NESTING && !reported) {
            this.errors.push({ message: "maximum command substitution nesting depth exceeded", pos: commandDollarPos });
            reported = true;
          }
        }
        continuedDollarPos = -1;
        continuedParenPos = -1;
        depth++;
        if (caseDepth > 0)
          caseParens++;
        this.pos++;
      } else if (ch === CH_RPAREN) {
        if (caseDepth > 0 && caseParens === 0) {
          this.pos++;
          wordStart = true;
        } else {
          if (caseDepth > 0)
            caseParens--;
          depth--;
          if (depth === 0 && !quoteOnly) {
            const result = bt ? src2.slice(start, this.pos) : "";
            this.pos++;
            return result;
          }
          if (depth <= arithBase)
            arithBase = -1;
          if (arithmeticOpens !== void 0) {
            while (arithmeticOpens.length > 0 && arithmeticOpens[arithmeticOpens.length - 1] >= depth)
              arithmeticOpens.pop();
          }
          wordStart = wordStartAfterParen.pop() ?? true;
          this.pos++;
          const scope = scripts?.[scripts.length - 1];
          if (scope !== void 0 && scope.depth === depth) {
            scripts.pop();
            caseDepth = scope.caseDepth;
            caseParens = scope.caseParens;
            arithBase = scope.arithBase;
            arithExtent = scope.arithExtent;
            substitutions = scope.substitutions;
            checkedGrammar = scope.checkedGrammar;
            pendingDelims = scope.pendingDelims;
          }
        }
        lastParenEnd = this.pos;
      } else if (ch === CH_BACKSLASH) {
        if (this.pos > start && src2.charCodeAt(this.pos - 1) === CH_DOLLAR) {
          const logicalPos = skipLineContinuations(src2, this.pos, len);
          if (logicalPos > this.pos && src2.charCodeAt(logicalPos) === CH_LPAREN && src2.charCodeAt(logicalPos + 1) !== CH_LPAREN) {
            continuedDollarPos = this.pos - 1;
            continuedParenPos = logicalPos;
          }
        }
        this.pos++;
        if (this.pos < len) {
          if (src2.charCodeAt(this.pos) !== CH_NL) {
            wordStart = false;
          }
          this.pos++;
        }
        escapedEnd = this.pos;
      } else if (ch === CH_DOLLAR) {
        const next = src2.charCodeAt(++this.pos);
        if (next === CH_SQUOTE) {
          this.pos++;
          this.skipAnsiCQuoted();
        } else if (next === CH_DOLLAR) {
          this.pos++;
        } else if (next === CH_LBRACE && !isBraceCommandOpener(src2.charCodeAt(this.pos + 1))) {
          quotes.push({ close: CH_RBRACE, depth });
          parameterDepth++;
          this.pos++;
        }
        wordStart = false;
      } else if (ch === CH_SQUOTE) {
        this.pos++;
        this.skipSQ();
        wordStart = false;
      } else if (ch === CH_DQUOTE) {
        quotes.push({ close: CH_DQUOTE, depth });
        quotedDepth++;
        this.pos++;
        wordStart = false;
      } else if (ch === CH_BACKTICK) {
        this.pos++;
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_BACKTICK) {
          if (src2.charCodeAt(this.pos) === CH_BACKSLASH)
            this.pos++;
          if (this.pos < len)
            this.pos++;
        }
        if (this.pos < len)
          this.pos++;
        wordStart = false;
      } else if (ch === CH_LT && arithBase < 0) {
        const second = skipLineContinuations(src2, this.pos + 1, len);
        if (second >= len || src2.charCodeAt(second) !== CH_LT) {
          this.pos++;
          wordStart = true;
          continue;
        }
        const op = this.readHereOperator(second);
        if (op !== "<<<") {
          this.skipSpacesAndTabs();
          this.readHereDocDelimiter();
          if (this._hereDelim || this._hereQuoted) {
            (pendingDelims ?? (pendingDelims = [])).push({
              delimiter: this._hereDelim,
              strip: op === "<<-",
              quoted: this._hereQuoted
            });
          }
        }
        wordStart = false;
      } else if (ch === CH_NL && pendingDelims) {
        this.pos++;
        for (const hd of pendingDelims)
          this.skipHereDocBody(hd.delimiter, hd.strip, true, hd.quoted);
        pendingDelims = null;
        wordStart = true;
      } else if (ch === CH_HASH && arithBase < 0 && !arithExtent && wordStart) {
        while (this.pos < len && src2.charCodeAt(this.pos) !== CH_NL)
          this.pos++;
      } else {
        const wStart = this.pos;
        while (this.pos < len) {
          const wc = src2.charCodeAt(this.pos);
          if (wc < 128 && charType[wc])
            break;
          this.pos++;
        }
        if (this.pos > wStart) {
          const wLen = this.pos - wStart;
          if (wLen === 4 && wordStart && arithBase < 0 && !arithExtent) {
            const c0 = src2.charCodeAt(wStart);
            if (c0 === 99 && src2.charCodeAt(wStart + 1) === 97 && src2.charCodeAt(wStart + 2) === 115 && src2.charCodeAt(wStart + 3) === 101) {
              caseDepth++;
            } else if (c0 === 101 && src2.charCodeAt(wStart + 1) === 115 && src2.charCodeAt(wStart + 2) === 97 && src2.charCodeAt(wStart + 3) === 99 && caseDepth > 0) {
              caseDepth--;
              if (caseDepth === 0)
                caseParens = 0;
            }
          }
          wordStart = false;
        } else {
          const wc = src2.charCodeAt(this.pos);
          wordStart = wc < 128 && (charType[wc] & 1) !== 0;
          this.pos++;
        }
      }
    }
    this._unbalanced = true;
    if (quoteOnly && scripts !== void 0 && scripts.length > 0) {
      this.errors.push({ message: "unterminated command substitution", pos: scripts[0].dollar });
    }
    return bt ? src2.slice(start, this.pos) : "";
  }
};

// node_modules/unbash/dist/arithmetic.js
function opPrec(op) {
  switch (op) {
    case ",":
      return 1;
    case "=":
    case "+=":
    case "-=":
    case "*=":
    case "/=":
    case "%=":
    case "<<=":
    case ">>=":
    case "&=":
    case "|=":
    case "^=":
      return 2;
    case "||":
      return 4;
    case "&&":
      return 5;
    case "|":
      return 6;
    case "^":
      return 7;
    case "&":
      return 8;
    case "==":
    case "!=":
      return 9;
    case "<":
    case "<=":
    case ">":
    case ">=":
      return 10;
    case "<<":
    case ">>":
      return 11;
    case "+":
    case "-":
      return 12;
    case "*":
    case "/":
    case "%":
      return 13;
    case "**":
      return 14;
    case "?":
      return 3;
    default:
      return -1;
  }
}
function trimEnd(src2, start, end) {
  while (end > start) {
    const c = src2.charCodeAt(end - 1);
    if (c !== CH_SPACE && c !== CH_TAB && c !== CH_NL)
      break;
    end--;
  }
  return end;
}
function opRightAssoc(op) {
  switch (op) {
    case "=":
    case "+=":
    case "-=":
    case "*=":
    case "/=":
    case "%=":
    case "<<=":
    case ">>=":
    case "&=":
    case "|=":
    case "^=":
    case "**":
      return true;
    default:
      return false;
  }
}
function parseArithmeticExpression(src2, offset = 0, collector, nestingDepth = 0) {
  let pos = 0;
  const len = src2.length;
  const initialWordCount = collector?.embeddedWords.length ?? 0;
  function makeWord(start2, end, embedded = false) {
    const node2 = {
      type: "ArithmeticWord",
      pos: start2 + offset,
      end: end + offset,
      value: src2.slice(start2, end),
      parts: void 0
    };
    if (embedded)
      collector?.embeddedWords.push(node2);
    return node2;
  }
  function skipWS() {
    while (pos < len) {
      const c = src2.charCodeAt(pos);
      if (c === CH_SPACE || c === CH_TAB || c === CH_NL)
        pos++;
      else
        break;
    }
  }
  function tryReadBinOp() {
    if (pos >= len)
      return null;
    const c = src2.charCodeAt(pos);
    const nc = pos + 1 < len ? src2.charCodeAt(pos + 1) : 0;
    const nnc = pos + 2 < len ? src2.charCodeAt(pos + 2) : 0;
    switch (c) {
      case CH_COMMA:
        pos++;
        return ",";
      case CH_EQ:
        if (nc === CH_EQ) {
          pos += 2;
          return "==";
        }
        pos++;
        return "=";
      case CH_BANG:
        if (nc === CH_EQ) {
          pos += 2;
          return "!=";
        }
        return null;
      // unary
      case CH_LT:
        if (nc === CH_LT) {
          if (nnc === CH_EQ) {
            pos += 3;
            return "<<=";
          }
          pos += 2;
          return "<<";
        }
        if (nc === CH_EQ) {
          pos += 2;
          return "<=";
        }
        pos++;
        return "<";
      case CH_GT:
        if (nc === CH_GT) {
          if (nnc === CH_EQ) {
            pos += 3;
            return ">>=";
          }
          pos += 2;
          return ">>";
        }
        if (nc === CH_EQ) {
          pos += 2;
          return ">=";
        }
        pos++;
        return ">";
      case CH_PLUS:
        if (nc === CH_EQ) {
          pos += 2;
          return "+=";
        }
        if (nc === CH_PLUS)
          return null;
        pos++;
        return "+";
      case CH_DASH:
        if (nc === CH_EQ) {
          pos += 2;
          return "-=";
        }
        if (nc === CH_DASH)
          return null;
        pos++;
        return "-";
      case CH_STAR:
        if (nc === CH_STAR) {
          pos += 2;
          return "**";
        }
        if (nc === CH_EQ) {
          pos += 2;
          return "*=";
        }
        pos++;
        return "*";
      case CH_SLASH:
        if (nc === CH_EQ) {
          pos += 2;
          return "/=";
        }
        pos++;
        return "/";
      case CH_PERCENT:
        if (nc === CH_EQ) {
          pos += 2;
          return "%=";
        }
        pos++;
        return "%";
      case CH_PIPE:
        if (nc === CH_PIPE) {
          pos += 2;
          return "||";
        }
        if (nc === CH_EQ) {
          pos += 2;
          return "|=";
        }
        pos++;
        return "|";
      case CH_AMP:
        if (nc === CH_AMP) {
          pos += 2;
          return "&&";
        }
        if (nc === CH_EQ) {
          pos += 2;
          return "&=";
        }
        pos++;
        return "&";
      case CH_CARET:
        if (nc === CH_EQ) {
          pos += 2;
          return "^=";
        }
        pos++;
        return "^";
      case CH_QUESTION:
        pos++;
        return "?";
      default:
        return null;
    }
  }
  function skipTruncatedUnary() {
    skipWS();
    while (pos < len) {
      const c2 = src2.charCodeAt(pos);
      if (c2 !== CH_BANG && c2 !== CH_TILDE && c2 !== CH_PLUS && c2 !== CH_DASH)
        break;
      if (src2.charCodeAt(pos + 1) === CH_EQ)
        break;
      pos++;
      skipWS();
    }
    if (src2.charCodeAt(pos) === CH_LPAREN) {
      let groups = 1;
      pos++;
      while (pos < len && groups > 0) {
        const wordEnd = collector?.findArithmeticWordEnd?.(pos + offset, offset + len) ?? pos + offset;
        if (wordEnd > pos + offset) {
          pos = wordEnd - offset;
          continue;
        }
        const c2 = src2.charCodeAt(pos++);
        if (c2 === CH_LPAREN)
          groups++;
        else if (c2 === CH_RPAREN)
          groups--;
      }
    } else if (pos < len && src2.charCodeAt(pos) !== CH_RPAREN && src2.charCodeAt(pos) !== CH_COLON) {
      parseAtom(0);
    }
    skipWS();
    const c = src2.charCodeAt(pos);
    if ((c === CH_PLUS || c === CH_DASH) && src2.charCodeAt(pos + 1) === c)
      pos += 2;
  }
  function recoverExpression(minPrec) {
    skipWS();
    const start2 = pos;
    if (start2 === len)
      return makeWord(start2, start2);
    const wordCount = collector?.embeddedWords.length ?? 0;
    let ternaries = 0;
    for (; ; ) {
      skipTruncatedUnary();
      skipWS();
      if (src2.charCodeAt(pos) === CH_COLON && ternaries > 0) {
        ternaries--;
        pos++;
        continue;
      }
      const saved = pos;
      const op = tryReadBinOp();
      if (op === null || ternaries === 0 && opPrec(op) < minPrec) {
        pos = saved;
        break;
      }
      if (op === "?")
        ternaries++;
    }
    if (collector)
      collector.embeddedWords.length = wordCount;
    return makeWord(start2, trimEnd(src2, start2, pos));
  }
  function parseBinExpr(minPrec, depth) {
    if (depth > MAX_SYNTAX_NESTING)
      return recoverExpression(minPrec);
    let left = parseUnaryExpr(depth);
    while (true) {
      skipWS();
      if (pos >= len)
        break;
      const saved = pos;
      const op = tryReadBinOp();
      if (!op)
        break;
      if (op === "?") {
        if (opPrec(op) < minPrec) {
          pos = saved;
          break;
        }
        const consequent = parseBinExpr(1, depth + 1);
        skipWS();
        if (pos < len && src2.charCodeAt(pos) === CH_COLON)
          pos++;
        const alternate = parseBinExpr(3, depth + 1);
        left = { type: "ArithmeticTernary", pos: left.pos, end: alternate.end, test: left, consequent, alternate };
        continue;
      }
      const prec = opPrec(op);
      if (prec < minPrec) {
        pos = saved;
        break;
      }
      const nextPrec = opRightAssoc(op) ? prec : prec + 1;
      const right = parseBinExpr(nextPrec, depth + 1);
      left = { type: "ArithmeticBinary", pos: left.pos, end: right.end, operator: op, left, right };
    }
    return left;
  }
  function parseUnaryExpr(depth) {
    skipWS();
    if (depth > MAX_SYNTAX_NESTING)
      return recoverExpression(15);
    if (pos >= len)
      return makeWord(pos, pos);
    const start2 = pos;
    const c = src2.charCodeAt(pos);
    const nc = pos + 1 < len ? src2.charCodeAt(pos + 1) : 0;
    if (c === CH_PLUS && nc === CH_PLUS) {
      pos += 2;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "++", operand, prefix: true };
    }
    if (c === CH_DASH && nc === CH_DASH) {
      pos += 2;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "--", operand, prefix: true };
    }
    if (c === CH_BANG) {
      pos++;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "!", operand, prefix: true };
    }
    if (c === CH_TILDE) {
      pos++;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "~", operand, prefix: true };
    }
    if (c === CH_PLUS && nc !== CH_PLUS && nc !== CH_EQ) {
      pos++;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "+", operand, prefix: true };
    }
    if (c === CH_DASH && nc !== CH_DASH && nc !== CH_EQ) {
      pos++;
      const operand = parseUnaryExpr(depth + 1);
      return { type: "ArithmeticUnary", pos: start2 + offset, end: operand.end, operator: "-", operand, prefix: true };
    }
    return parsePostfixExpr(depth);
  }
  function parsePostfixExpr(depth) {
    const operand = parseAtom(depth);
    skipWS();
    if (pos + 1 < len) {
      const c = src2.charCodeAt(pos);
      const nc = src2.charCodeAt(pos + 1);
      if (c === CH_PLUS && nc === CH_PLUS) {
        pos += 2;
        return { type: "ArithmeticUnary", pos: operand.pos, end: pos + offset, operator: "++", operand, prefix: false };
      }
      if (c === CH_DASH && nc === CH_DASH) {
        pos += 2;
        return { type: "ArithmeticUnary", pos: operand.pos, end: pos + offset, operator: "--", operand, prefix: false };
      }
    }
    return operand;
  }
  function parseAtom(depth) {
    skipWS();
    if (pos >= len)
      return makeWord(pos, pos);
    const c = src2.charCodeAt(pos);
    if (c === CH_LPAREN) {
      const start3 = pos;
      pos++;
      const expr = parseBinExpr(0, depth + 1);
      skipWS();
      if (pos < len && src2.charCodeAt(pos) === CH_RPAREN)
        pos++;
      return { type: "ArithmeticGroup", pos: start3 + offset, end: pos + offset, expression: expr };
    }
    if (c === CH_DOLLAR) {
      const start3 = pos;
      const wordCount2 = collector?.embeddedWords.length ?? 0;
      const atom2 = readDollarAtom();
      const wordEnd2 = collector?.findArithmeticWordEnd?.(start3 + offset, offset + len) ?? pos + offset;
      if (wordEnd2 > pos + offset) {
        if (collector)
          collector.embeddedWords.length = wordCount2;
        pos = wordEnd2 - offset;
        return makeWord(start3, pos, true);
      }
      return atom2;
    }
    if (c === 96 || c === 34 || c === 39) {
      const start3 = pos;
      pos = (collector?.findArithmeticWordEnd?.(start3 + offset, offset + len) ?? start3 + offset + 1) - offset;
      return makeWord(start3, pos, true);
    }
    const start2 = pos;
    const wordCount = collector?.embeddedWords.length ?? 0;
    const atom = readWordAtom();
    const wordEnd = collector?.findArithmeticWordEnd?.(start2 + offset, offset + len) ?? pos + offset;
    if (wordEnd > pos + offset) {
      if (collector)
        collector.embeddedWords.length = wordCount;
      pos = wordEnd - offset;
      return makeWord(start2, pos, true);
    }
    return atom;
  }
  function readDollarAtom() {
    const start2 = pos;
    pos++;
    if (pos >= len)
      return makeWord(start2, pos);
    const c = src2.charCodeAt(pos);
    if (c === CH_LPAREN) {
      if (pos + 1 < len && src2.charCodeAt(pos + 1) === CH_LPAREN) {
        const expansionEnd = collector?.findArithmeticExpansionEnd(start2 + offset, offset + len) ?? -1;
        if (expansionEnd !== -1) {
          pos = expansionEnd - offset;
        } else {
          pos += 2;
          let depth = 1;
          while (pos < len && depth > 0) {
            if (src2.charCodeAt(pos) === CH_LPAREN && src2.charCodeAt(pos + 1) === CH_LPAREN) {
              depth++;
              pos += 2;
            } else if (src2.charCodeAt(pos) === CH_RPAREN && src2.charCodeAt(pos + 1) === CH_RPAREN) {
              depth--;
              pos += 2;
            } else {
              pos++;
            }
          }
        }
      } else {
        pos++;
        const close = collector?.findClosingParenthesis(pos + offset, offset + len) ?? -1;
        if (close !== -1) {
          pos = close - offset + 1;
        } else {
          let depth = 1;
          while (pos < len && depth > 0) {
            const ch = src2.charCodeAt(pos++);
            if (ch === CH_LPAREN)
              depth++;
            else if (ch === CH_RPAREN)
              depth--;
          }
        }
        const text = src2.slice(start2, pos);
        return collector ? collector.commandExpansion(start2 + offset, pos + offset, text) : new ScriptExpansionImpl("ArithmeticCommandExpansion", start2 + offset, pos + offset, text);
      }
    } else if (c === CH_LBRACE) {
      const close = collector?.findClosingBrace(pos + offset + 1, offset + len) ?? -1;
      if (close !== -1) {
        pos = close - offset + 1;
      } else {
        pos++;
        let depth = 1;
        while (pos < len && depth > 0) {
          const ch = src2.charCodeAt(pos++);
          if (ch === CH_LBRACE)
            depth++;
          else if (ch === CH_RBRACE)
            depth--;
        }
      }
    } else {
      while (pos < len) {
        const ch = src2.charCodeAt(pos);
        if (ch >= CH_a && ch <= CH_z || ch >= CH_A && ch <= CH_Z || ch >= CH_0 && ch <= CH_9 || ch === CH_UNDERSCORE)
          pos++;
        else
          break;
      }
    }
    return makeWord(start2, pos, c === CH_LPAREN || c === CH_LBRACE);
  }
  function readWordAtom() {
    const start2 = pos;
    while (pos < len) {
      const c = src2.charCodeAt(pos);
      if (c >= CH_0 && c <= CH_9 || c >= CH_A && c <= CH_Z || c >= CH_a && c <= CH_z || c === CH_UNDERSCORE || c === 35) {
        pos++;
      } else
        break;
    }
    if (pos > start2 && pos < len && src2.charCodeAt(pos) === CH_LBRACKET) {
      const close = collector?.findClosingBracket?.(pos + offset + 1, offset + len) ?? -1;
      if (close !== -1) {
        pos = close - offset + 1;
      } else {
        pos++;
        let depth = 1;
        while (pos < len && depth > 0) {
          const c = src2.charCodeAt(pos);
          if (c === CH_LBRACKET)
            depth++;
          else if (c === CH_RBRACKET)
            depth--;
          pos++;
        }
      }
      return makeWord(start2, pos, true);
    }
    if (pos === start2) {
      pos++;
      return makeWord(start2, pos);
    }
    return makeWord(start2, pos);
  }
  skipWS();
  if (pos >= len)
    return null;
  const start = pos;
  const result = parseBinExpr(0, nestingDepth);
  skipWS();
  if (pos < len) {
    if (collector)
      collector.embeddedWords.length = initialWordCount;
    return makeWord(start, trimEnd(src2, start, len), collector !== void 0);
  }
  return result;
}

// node_modules/unbash/dist/parts.js
var computeBareWordParts = (_source, word2) => hasGlobCharacters(word2.text) ? parseGlobParts(word2.text, 0, word2.text.length, void 0, word2.pos) : void 0;
function wordPartsResolver(context) {
  return context.wordParts ?? (context.wordParts = (source, word2, depth) => computeWordParts(source, word2, depth, context));
}
function embeddedPartsResolver(context) {
  return context.embeddedParts ?? (context.embeddedParts = (source, word2, depth) => computeEmbeddedWordParts(source, word2, depth, context));
}
function arrayPartsResolver(context) {
  return context.arrayParts ?? (context.arrayParts = (source, word2, depth) => computeArrayElementParts(source, word2, depth, context));
}
function computeWordParts(source, word2, depth = 0, context = createSubstitutionContext()) {
  const lexer = new Lexer(source, word2.pos, word2.end, false, context);
  lexer._nestingDepth = depth;
  const parts = lexer.buildWordParts(word2.pos);
  return parts ?? void 0;
}
function computeEmbeddedWordParts(source, word2, depth = 0, context, arithmetic = false) {
  if (!hasEmbeddedWordStructure(source, word2.pos, word2.end))
    return void 0;
  const lexer = new Lexer(source, word2.pos, word2.end, false, context);
  lexer._nestingDepth = depth;
  const parts = lexer.buildEmbeddedWordParts(word2.pos, arithmetic);
  return parts ?? void 0;
}
function computeArrayElementParts(source, word2, depth = 0, context) {
  const lexer = new Lexer(source, word2.pos, word2.end, false, context);
  lexer._nestingDepth = depth;
  const parts = lexer.buildArrayElementParts(word2.pos);
  return parts ?? void 0;
}
function computeHereDocBodyParts(source, word2, depth = 0, context) {
  const lexer = new Lexer(source, word2.pos, word2.end, false, context);
  lexer._nestingDepth = depth;
  const parts = lexer.buildHereDocParts(word2.pos, word2.end);
  return parts ?? void 0;
}

// node_modules/unbash/dist/arithmetic-parts.js
function parseArithmeticWithParts(body3, offset, source, depth, context, embeddedDepth = depth) {
  if (!hasEmbeddedWordStructure(source, offset, offset + body3.length)) {
    return parseArithmeticExpression(body3, offset, void 0, depth) ?? void 0;
  }
  const embeddedWords = [];
  const lexer = new Lexer(source, 0, source.length, false, context);
  lexer._nestingDepth = depth;
  const expression = parseArithmeticExpression(body3, offset, {
    embeddedWords,
    commandExpansion: (pos, end, text) => new ScriptExpansionImpl("ArithmeticCommandExpansion", pos, end, text, {
      source,
      start: pos + 2,
      end: end - 1,
      depth: depth + 1,
      parenBoundary: true,
      context
    }),
    findClosingBracket: (start, end) => lexer.findClosingBracket(start, end),
    findClosingBrace: (start, end) => lexer.findClosingBrace(start, end),
    findClosingParenthesis: (start, end) => lexer.findClosingParenthesis(start, end),
    findArithmeticExpansionEnd: (start, end) => lexer.findArithmeticExpansionEnd(start, end),
    findArithmeticWordEnd: (start, end) => lexer.findArithmeticWordEnd(start, end)
  }, depth) ?? void 0;
  if (embeddedDepth <= MAX_SYNTAX_NESTING) {
    for (const node2 of embeddedWords)
      node2.parts = computeEmbeddedWordParts(source, node2, embeddedDepth, context, true);
  }
  return expression;
}

// node_modules/unbash/dist/assignment.js
var ArrayValueImpl = class {
  type = "ArrayValue";
  pos;
  end;
  #source;
  #depth;
  #context;
  #elements;
  constructor(source, pos, end, depth, context) {
    this.pos = pos;
    this.end = end;
    this.#source = source;
    this.#depth = depth;
    this.#context = context;
  }
  get elements() {
    if (this.#elements)
      return this.#elements;
    const lexer = new Lexer(this.#source, this.pos + 1, this.end - 1, false, this.#context);
    lexer._nestingDepth = this.#depth;
    const elements = [];
    while (lexer.peek(LexContext.ArrayElement).token !== Token.EOF) {
      const token = lexer.next(LexContext.ArrayElement);
      if (token.token !== Token.Word && token.token !== Token.Assignment)
        continue;
      const text = token.raw ? token.value : this.#source.slice(token.pos, token.end);
      const indexed = text.charCodeAt(0) === 91;
      const context = lexer.getSubstitutionContext();
      const source = !indexed && token.raw && token.keywordEligible ? void 0 : this.#source;
      const resolver = source === void 0 ? computeBareWordParts : indexed ? arrayPartsResolver(context) : wordPartsResolver(context);
      elements.push(new WordImpl(text, token.pos, token.end, source, resolver, this.#depth));
    }
    this.#elements = elements;
    return elements;
  }
  toJSON() {
    return { type: this.type, pos: this.pos, end: this.end, elements: this.elements };
  }
};
var AssignmentImpl = class {
  type = "Assignment";
  pos;
  end;
  text;
  #source;
  #depth;
  #context;
  #operatorPos;
  #name = null;
  #append;
  #index;
  #value = null;
  constructor(text, pos, end, source, operatorPos, depth, context) {
    this.pos = pos;
    this.end = end;
    this.text = text;
    this.#source = source;
    this.#operatorPos = operatorPos;
    this.#depth = depth;
    this.#context = context;
  }
  get name() {
    return this.#name ?? this.resolveTarget();
  }
  get append() {
    if (this.#name === null)
      this.resolveTarget();
    return this.#append;
  }
  get index() {
    if (this.#name === null)
      this.resolveTarget();
    return this.#index;
  }
  get value() {
    if (this.#value !== null)
      return this.#value;
    const start = this.#operatorPos + 1;
    const arrayStart = skipLineContinuations(this.#source, start, this.end);
    this.#value = this.#source.charCodeAt(arrayStart) === 40 && this.#source.charCodeAt(this.end - 1) === 41 ? new ArrayValueImpl(this.#source, arrayStart, this.end, this.#depth, this.#context) : new WordImpl(this.#source.slice(start, this.end), start, this.end, this.#source, wordPartsResolver(this.#context), this.#depth);
    return this.#value;
  }
  resolveTarget() {
    const equal = this.#operatorPos - this.pos;
    let nameEnd = equal;
    let appendPos = equal;
    while (appendPos >= 2 && this.text.charCodeAt(appendPos - 2) === 92 && this.text.charCodeAt(appendPos - 1) === 10)
      appendPos -= 2;
    if (this.text.charCodeAt(appendPos - 1) === 43) {
      this.#append = true;
      nameEnd = appendPos - 1;
    }
    const bracket = this.text.indexOf("[");
    if (bracket > 0 && bracket < nameEnd) {
      const close = this.text.lastIndexOf("]", equal);
      if (close > bracket) {
        const start = this.pos + bracket + 1;
        const end = this.pos + close;
        this.#index = new WordImpl(this.#source.slice(start, end), start, end, this.#source, embeddedPartsResolver(this.#context), this.#depth);
        nameEnd = bracket;
      }
    }
    const name = this.text.slice(0, nameEnd);
    return this.#name = name.includes("\\\n") ? name.split("\\\n").join("") : name;
  }
  toJSON() {
    return {
      type: this.type,
      pos: this.pos,
      end: this.end,
      text: this.text,
      name: this.name,
      append: this.append,
      index: this.index,
      value: this.value
    };
  }
};

// node_modules/unbash/dist/command.js
var isArgument = (item) => item.type === "Word" || item.type === "Assignment";
var CommandImpl = class {
  type = "Command";
  pos;
  end;
  name;
  prefix;
  suffix;
  #args;
  #redirects;
  constructor(pos, end, name, prefix, suffix) {
    this.pos = pos;
    this.end = end;
    this.name = name;
    this.prefix = prefix;
    this.suffix = suffix;
  }
  get args() {
    if (this.#args === void 0) {
      const suffix = this.suffix;
      this.#args = suffix.every(isArgument) ? suffix : suffix.filter(isArgument);
    }
    return this.#args;
  }
  get redirects() {
    if (this.#redirects === void 0) {
      const redirects = [];
      for (const item of this.prefix)
        if (item.type !== "Assignment")
          redirects.push(item);
      for (const item of this.suffix)
        if (!isArgument(item))
          redirects.push(item);
      this.#redirects = redirects;
    }
    return this.#redirects;
  }
  toJSON() {
    return { type: this.type, pos: this.pos, end: this.end, name: this.name, prefix: this.prefix, suffix: this.suffix };
  }
};

// node_modules/unbash/dist/heredoc.js
var HereDocBodyImpl = class {
  type = "HereDocBody";
  pos;
  end;
  text = "";
  #source;
  #depth;
  #context;
  #parts;
  constructor(source, pos, quoted, depth, context) {
    this.pos = pos;
    this.end = pos;
    this.#source = source;
    this.#depth = depth;
    this.#context = context;
    this.#parts = quoted ? void 0 : null;
  }
  get parts() {
    if (this.#parts === null)
      this.#parts = computeHereDocBodyParts(this.#source, this, this.#depth, this.#context);
    return this.#parts;
  }
  toJSON() {
    return { type: this.type, pos: this.pos, end: this.end, text: this.text, parts: this.parts };
  }
};

// node_modules/unbash/dist/parser.js
Lexer._findSubstitutionEnd = findSubstitutionEnd;
ScriptExpansionImpl._resolveScript = parseRegion;
ArithmeticExpansionImpl._resolveExpression = parseArithmeticWithParts;
function isDeclarationCommand(name) {
  switch (name.length) {
    case 5:
      return name === "local" || name === "alias";
    case 6:
      return name === "export";
    case 7:
      return name === "declare" || name === "typeset";
    case 8:
      return name === "readonly";
    default:
      return false;
  }
}
var ArithmeticCommandImpl = class {
  type = "ArithmeticCommand";
  pos;
  end;
  body;
  #source;
  #depth;
  #context;
  #expression = null;
  constructor(pos, end, body3, source, depth, context) {
    this.pos = pos;
    this.end = end;
    this.body = body3;
    this.#source = source;
    this.#depth = depth;
    this.#context = context;
  }
  get expression() {
    if (this.#expression === null) {
      this.#expression = parseArithmeticWithParts(this.body, this.pos + 2, this.#source, this.#depth, this.#context);
    }
    return this.#expression;
  }
  set expression(v) {
    this.#expression = v ?? void 0;
  }
  toJSON() {
    return {
      type: this.type,
      pos: this.pos,
      end: this.end,
      expression: this.expression,
      body: this.body
    };
  }
};
var ArithmeticForImpl = class {
  type = "ArithmeticFor";
  pos;
  end;
  body;
  #initStr;
  #testStr;
  #updateStr;
  #initPos;
  #testPos;
  #updatePos;
  #source;
  #depth;
  #context;
  #initialize = null;
  #test = null;
  #update = null;
  constructor(pos, end, body3, initStr, testStr, updateStr, initPos, testPos, updatePos, source, depth, context) {
    this.pos = pos;
    this.end = end;
    this.body = body3;
    this.#initStr = initStr;
    this.#testStr = testStr;
    this.#updateStr = updateStr;
    this.#initPos = initPos;
    this.#testPos = testPos;
    this.#updatePos = updatePos;
    this.#source = source;
    this.#depth = depth;
    this.#context = context;
  }
  get initialize() {
    if (this.#initialize === null) {
      if (this.#initStr) {
        this.#initialize = parseArithmeticWithParts(this.#initStr, this.#initPos, this.#source, this.#depth, this.#context);
      } else {
        this.#initialize = void 0;
      }
    }
    return this.#initialize;
  }
  set initialize(v) {
    this.#initialize = v ?? void 0;
  }
  get test() {
    if (this.#test === null) {
      if (this.#testStr) {
        this.#test = parseArithmeticWithParts(this.#testStr, this.#testPos, this.#source, this.#depth, this.#context);
      } else {
        this.#test = void 0;
      }
    }
    return this.#test;
  }
  set test(v) {
    this.#test = v ?? void 0;
  }
  get update() {
    if (this.#update === null) {
      if (this.#updateStr) {
        this.#update = parseArithmeticWithParts(this.#updateStr, this.#updatePos, this.#source, this.#depth, this.#context);
      } else {
        this.#update = void 0;
      }
    }
    return this.#update;
  }
  set update(v) {
    this.#update = v ?? void 0;
  }
  toJSON() {
    return {
      type: this.type,
      pos: this.pos,
      end: this.end,
      initialize: this.initialize,
      test: this.test,
      update: this.update,
      body: this.body
    };
  }
};
var CASE_TERMINATORS = {
  [Token.DoubleSemi]: ";;",
  [Token.SemiAmp]: ";&",
  [Token.DoubleSemiAmp]: ";;&"
};
var REDIRECT_OPS = {
  ">": ">",
  ">>": ">>",
  "<": "<",
  "<>": "<>",
  "<&": "<&",
  ">&": ">&",
  ">|": ">|",
  "&>": "&>",
  "&>>": "&>>"
};
var listTerminators = new Uint8Array(37);
listTerminators[Token.EOF] = 1;
listTerminators[Token.RParen] = 1;
listTerminators[Token.RBrace] = 1;
listTerminators[Token.Then] = 1;
listTerminators[Token.Else] = 1;
listTerminators[Token.Elif] = 1;
listTerminators[Token.Fi] = 1;
listTerminators[Token.Do] = 1;
listTerminators[Token.Done] = 1;
listTerminators[Token.Esac] = 1;
listTerminators[Token.DoubleSemi] = 1;
listTerminators[Token.SemiAmp] = 1;
listTerminators[Token.DoubleSemiAmp] = 1;
var compoundClosers = new Uint8Array(37);
compoundClosers[Token.RParen] = 1;
compoundClosers[Token.RBrace] = 1;
compoundClosers[Token.DblRBracket] = 1;
compoundClosers[Token.Fi] = 1;
compoundClosers[Token.Done] = 1;
compoundClosers[Token.Esac] = 1;
compoundClosers[Token.ArithCmd] = 1;
function isTestNegation(t) {
  return t.token === Token.Word && t.keywordEligible && t.value === "!";
}
var commandStarts = new Uint8Array(37);
commandStarts[Token.Word] = 1;
commandStarts[Token.Assignment] = 1;
commandStarts[Token.Bang] = 1;
commandStarts[Token.LParen] = 1;
commandStarts[Token.LBrace] = 1;
commandStarts[Token.DblLBracket] = 1;
commandStarts[Token.If] = 1;
commandStarts[Token.For] = 1;
commandStarts[Token.While] = 1;
commandStarts[Token.Until] = 1;
commandStarts[Token.Case] = 1;
commandStarts[Token.Function] = 1;
commandStarts[Token.Select] = 1;
commandStarts[Token.ArithCmd] = 1;
commandStarts[Token.Coproc] = 1;
commandStarts[Token.Redirect] = 1;
var UNARY_TEST_OPS = {
  "-a": 1,
  "-b": 1,
  "-c": 1,
  "-d": 1,
  "-e": 1,
  "-f": 1,
  "-g": 1,
  "-h": 1,
  "-k": 1,
  "-p": 1,
  "-r": 1,
  "-s": 1,
  "-t": 1,
  "-u": 1,
  "-v": 1,
  "-w": 1,
  "-x": 1,
  "-z": 1,
  "-n": 1,
  "-o": 1,
  "-N": 1,
  "-S": 1,
  "-L": 1,
  "-G": 1,
  "-O": 1,
  "-R": 1
};
var BINARY_TEST_OPS = {
  "==": 1,
  "!=": 1,
  "=~": 1,
  "=": 1,
  "-eq": 1,
  "-ne": 1,
  "-lt": 1,
  "-le": 1,
  "-gt": 1,
  "-ge": 1,
  "-nt": 1,
  "-ot": 1,
  "-ef": 1,
  "<": 1,
  ">": 1
};
var EMPTY_REDIRECTS = [];
var EMPTY_PREFIXES = [];
var EMPTY_ELIFS = [];
function parse(source) {
  return new Parser(source, 0, source.length).run();
}
function parseRegion(source, start, end, depth = 0, parenBoundary = false, context) {
  return new Parser(source, start, end, depth, parenBoundary, void 0, context).run();
}
var SubstitutionLexer = class _SubstitutionLexer extends Lexer {
  boundaries;
  pending;
  context;
  constructor(source, boundary, boundaries, pending, context, parenBoundary = true) {
    super(source, boundary.start, boundary.end, parenBoundary, context);
    this._nestingDepth = boundary.depth;
    this.boundaries = boundaries;
    this.pending = pending;
    this.context = context;
  }
  // Keep child boundary requests on this worklist so nested scans stay iterative.
  fork(start, end, parenBoundary = false) {
    return new _SubstitutionLexer(this.getSource(), { start, end, depth: this._nestingDepth }, this.boundaries, this.pending, this.context, parenBoundary);
  }
  findSubstitutionEnd(start, end, depth = this._nestingDepth + 1) {
    const known = this.context.boundaries?.get(start);
    if (known !== void 0)
      return known <= end ? known : -1;
    const boundary = this.boundaries.get(start);
    if (boundary !== void 0)
      return boundary <= end ? boundary : -1;
    if (!this.boundaries.has(start)) {
      this.boundaries.set(start, void 0);
      this.pending.push({ start, end, depth });
    }
    return -1;
  }
};
function findSubstitutionEnd(source, start, end, depth, context) {
  const boundaries = /* @__PURE__ */ new Map([[start, void 0]]);
  const pending = [{ start, end, depth }];
  while (pending.length > 0) {
    const count = pending.length;
    const boundary = pending[count - 1];
    const lexer = new SubstitutionLexer(source, boundary, boundaries, pending, context);
    const found = new Parser(source, boundary.start, boundary.end, boundary.depth, true, lexer).findSubstitutionEnd();
    if (pending.length === count) {
      boundaries.set(boundary.start, found);
      if (found !== -1)
        substitutionBoundaries(context).set(boundary.start, found);
      pending.pop();
    }
  }
  return boundaries.get(start) ?? -1;
}
var Parser = class {
  tok;
  source;
  start;
  end;
  depth;
  errors = null;
  syntaxDepth = 0;
  // `depth` counts the substitution scripts (and sub-fields) enclosing this region; it
  // shares the MAX_SYNTAX_NESTING budget with the lexer's lazy word-part materialization.
  constructor(source, start, end, depth = 0, parenBoundary = false, lexer, context) {
    this.tok = lexer ?? new Lexer(source, start, end, parenBoundary, createSubstitutionContext(context));
    this.tok._nestingDepth = depth;
    this.source = source;
    this.start = start;
    this.end = end;
    this.depth = depth;
  }
  run() {
    const start = this.start;
    if (this.depth > MAX_SYNTAX_NESTING)
      this.error("maximum substitution nesting depth exceeded", start);
    let shebang;
    if (start === 0 && this.source.charCodeAt(0) === 35 && this.source.charCodeAt(1) === 33) {
      const nl = this.source.indexOf("\n");
      shebang = nl === -1 ? this.source : this.source.slice(0, nl);
    }
    const commands = this.list();
    for (; ; ) {
      const unexpected = this.tok.peek(LexContext.CommandStart);
      if (unexpected.token === Token.EOF)
        break;
      this.unexpectedToken(unexpected);
      if (!listTerminators[unexpected.token] && unexpected.token !== Token.In)
        break;
      this.tok.next(LexContext.CommandStart);
      let separator = this.tok.peek(LexContext.CommandStart).token;
      if (separator !== Token.Semi && separator !== Token.Newline && separator !== Token.Amp)
        break;
      while (separator === Token.Semi || separator === Token.Newline || separator === Token.Amp) {
        this.tok.next(LexContext.CommandStart);
        separator = this.tok.peek(LexContext.CommandStart).token;
      }
      const recovered = this.list();
      for (let i = 0; i < recovered.length; i++)
        commands.push(recovered[i]);
    }
    const lexerErrors = this.tok._errors;
    if (lexerErrors !== null && lexerErrors.length > 0) {
      const errors = this.errors ?? (this.errors = []);
      for (let i = 0; i < lexerErrors.length; i++)
        errors.push(lexerErrors[i]);
    }
    if (this.errors !== null && this.errors.length > 1)
      this.errors.sort((a, b) => a.pos - b.pos);
    return { type: "Script", pos: start, end: this.end, shebang, commands, errors: this.errors ?? void 0 };
  }
  error(message, pos) {
    (this.errors ?? (this.errors = [])).push({ message, pos });
  }
  unexpectedToken(t) {
    this.error(`unexpected token '${t.token === Token.Newline ? "newline" : t.value}'`, t.pos);
  }
  findSubstitutionEnd() {
    this.list();
    return this.acceptEnd(Token.RParen);
  }
  skipSemi() {
    if (this.tok.peek(LexContext.Normal).token === Token.Semi)
      this.tok.next(LexContext.Normal);
  }
  accept(token, ctx = LexContext.Normal) {
    if (this.tok.peek(ctx).token === token)
      return this.tok.next(ctx);
    return null;
  }
  acceptEnd(token, ctx = LexContext.Normal) {
    if (this.tok.peek(ctx).token === token)
      return this.tok.next(ctx).end;
    return -1;
  }
  skipNewlines(ctx = LexContext.Normal) {
    while (this.tok.peek(ctx).token === Token.Newline)
      this.tok.next(ctx);
  }
  doBody(hasDo) {
    const body3 = this.list();
    const emptyPos = hasDo ? this.emptyListPos(body3) : -1;
    if (emptyPos >= 0)
      this.error("expected command after 'do'", emptyPos);
    return body3;
  }
  // Where an empty compound list stopped, or -1. An empty condition is reported only
  // once `then` or `do` follows, so a missing keyword is not reported twice.
  emptyListPos(commands) {
    return commands.length === 0 ? this.tok.peek(LexContext.CommandStart).pos : -1;
  }
  makeStatement(command2) {
    return {
      type: "Statement",
      pos: command2.pos,
      end: command2.end,
      command: command2,
      background: void 0
    };
  }
  // list := and_or ((';' | '&' | NEWLINE) and_or)* [';' | '&' | NEWLINE]
  list() {
    const commands = [];
    this.skipNewlines(LexContext.CommandStart);
    let t = this.tok.peek(LexContext.CommandStart).token;
    if (listTerminators[t] || !commandStarts[t])
      return commands;
    const first = this.andOr();
    if (first)
      commands.push(this.makeStatement(first));
    for (; ; ) {
      t = this.tok.peekFollow(compoundClosers).token;
      if (t !== Token.Semi && t !== Token.Newline && t !== Token.Amp)
        break;
      const isBackground = t === Token.Amp;
      const sepEnd = this.tok.next(LexContext.Normal).end;
      if (isBackground) {
        const stmt = commands[commands.length - 1];
        stmt.background = true;
        stmt.end = sepEnd;
      }
      this.skipNewlines(LexContext.CommandStart);
      t = this.tok.peek(LexContext.CommandStart).token;
      if (listTerminators[t] || !commandStarts[t])
        break;
      const node2 = this.andOr();
      if (node2)
        commands.push(this.makeStatement(node2));
    }
    return commands;
  }
  // and_or := pipeline (('&&' | '||') newlines pipeline)*
  andOr() {
    const first = this.pipeline();
    if (!first)
      return null;
    let t = this.tok.peek(LexContext.Normal).token;
    if (t !== Token.And && t !== Token.Or)
      return first;
    const commands = [first];
    const operators = [];
    do {
      const operatorToken = this.tok.next(LexContext.Normal);
      const operator = operatorToken.token === Token.And ? "&&" : "||";
      this.skipNewlines(LexContext.CommandStart);
      const next = this.pipeline();
      if (!next) {
        this.error(`expected command after '${operator}'`, operatorToken.end);
        break;
      }
      operators.push(operator);
      commands.push(next);
      t = this.tok.peek(LexContext.Normal).token;
    } while (t === Token.And || t === Token.Or);
    return {
      type: "AndOr",
      pos: first.pos,
      end: commands[commands.length - 1].end,
      commands,
      operators
    };
  }
  withRedirects(command2) {
    const redirects = this.collectTrailingRedirects();
    if (redirects.length === 0)
      return command2;
    return { type: "Redirected", pos: command2.pos, end: redirects[redirects.length - 1].end, command: command2, redirects };
  }
  pipeline() {
    let prefixes;
    for (; ; ) {
      const token = this.tok.peek(LexContext.CommandStart);
      const isTime = token.token === Token.Word && token.keywordEligible && token.value === "time";
      if (token.token !== Token.Bang && !isTime)
        break;
      const prefix = this.tok.next(LexContext.CommandStart);
      const pos2 = prefix.pos;
      const keywordEnd = prefix.end;
      let posix;
      let endOfOptions;
      if (isTime) {
        let flag = this.tok.peek(LexContext.CommandStart);
        if (flag.token === Token.Word && flag.keywordEligible && flag.value === "-p") {
          this.tok.next(LexContext.CommandStart);
          posix = { pos: flag.pos, end: flag.end };
          flag = this.tok.peek(LexContext.CommandStart);
        }
        if (flag.token === Token.Word && flag.keywordEligible && flag.value === "--") {
          this.tok.next(LexContext.CommandStart);
          endOfOptions = { pos: flag.pos, end: flag.end };
        }
      }
      if (prefixes === void 0)
        prefixes = [];
      prefixes.push(isTime ? { type: "Time", pos: pos2, end: endOfOptions?.end ?? posix?.end ?? keywordEnd, keywordEnd, posix, endOfOptions } : { type: "Negation", pos: pos2, end: keywordEnd });
    }
    const command2 = this.pipelineCommands();
    if (!prefixes)
      return command2;
    const pos = prefixes[0].pos;
    if (command2?.type === "Pipeline") {
      command2.prefixes = prefixes;
      command2.pos = pos;
      return command2;
    }
    return {
      type: "Pipeline",
      pos,
      end: command2 ? command2.end : prefixes[prefixes.length - 1].end,
      prefixes,
      commands: command2 ? [command2] : [],
      operators: []
    };
  }
  pipelineCommands() {
    const first = this.command();
    if (!first)
      return null;
    if (this.tok.peek(LexContext.Normal).token !== Token.Pipe)
      return first;
    const commands = [first];
    const operators = [];
    while (this.tok.peek(LexContext.Normal).token === Token.Pipe) {
      const pipeToken = this.tok.next(LexContext.Normal);
      const operator = pipeToken.value === "|&" ? "|&" : "|";
      this.skipNewlines(LexContext.CommandStart);
      const cmd = this.command();
      if (!cmd) {
        this.error(`expected command after '${operator}'`, pipeToken.end);
        break;
      }
      operators.push(operator);
      commands.push(cmd);
    }
    if (commands.length === 1) {
      return commands[0];
    }
    const pipeline = {
      type: "Pipeline",
      pos: first.pos,
      end: commands[commands.length - 1].end,
      prefixes: EMPTY_PREFIXES,
      commands,
      operators
    };
    return pipeline;
  }
  // command := compound_command | function_def | simple_command
  command() {
    let compound2;
    switch (this.tok.peek(LexContext.CommandStart).token) {
      case Token.LParen:
        compound2 = this.subshell();
        break;
      case Token.LBrace:
        compound2 = this.braceGroup();
        break;
      case Token.If:
        compound2 = this.ifClause();
        break;
      case Token.For:
        compound2 = this.forClause();
        break;
      case Token.While:
        compound2 = this.whileClause();
        break;
      case Token.Until:
        compound2 = this.untilClause();
        break;
      case Token.Case:
        compound2 = this.caseClause();
        break;
      case Token.Function:
        return this.functionDef();
      case Token.Select:
        compound2 = this.selectClause();
        break;
      case Token.DblLBracket:
        compound2 = this.testCommand();
        break;
      case Token.ArithCmd:
        compound2 = this.arithCommand();
        break;
      case Token.Coproc:
        return this.coprocCommand();
      case Token.Word:
      case Token.Assignment:
      case Token.Redirect:
        return this.simpleCommandOrFunction(false);
      default:
        return null;
    }
    return this.withRedirects(compound2);
  }
  collectTrailingRedirects() {
    let redirects = EMPTY_REDIRECTS;
    while (this.tok.peekFollow(compoundClosers).token === Token.Redirect) {
      if (redirects === EMPTY_REDIRECTS)
        redirects = [];
      redirects.push(this.readRedirect(LexContext.Normal));
    }
    return redirects;
  }
  // arith_command := (( expr ))
  arithCommand() {
    const tok = this.tok.next(LexContext.CommandStart);
    return new ArithmeticCommandImpl(tok.pos, tok.end, tok.value, this.source, this.depth, this.tok.getSubstitutionContext());
  }
  // coproc := COPROC ([name] compound_command [redirections] | simple_command)
  coprocCommand() {
    const start = this.tok.next(LexContext.CommandStart);
    const pos = start.pos;
    const first = this.tok.peek(LexContext.CommandStart);
    let name;
    if (first.token === Token.Word) {
      const lookahead = this.tok.fork(first.end, this.end);
      switch (lookahead.peek(LexContext.CommandStart).token) {
        case Token.LParen:
          lookahead.next(LexContext.CommandStart);
          if (lookahead.peek(LexContext.Normal).token !== Token.RParen)
            name = this.readWord(LexContext.CommandStart);
          break;
        case Token.LBrace:
        case Token.If:
        case Token.For:
        case Token.While:
        case Token.Until:
        case Token.Case:
        case Token.Select:
        case Token.DblLBracket:
        case Token.ArithCmd:
          name = this.readWord(LexContext.CommandStart);
      }
    }
    const cmd = first.token === Token.Word && name === void 0 ? this.simpleCommandOrFunction(true) : this.command();
    if (cmd && cmd.type !== "Function" && cmd.type !== "Coproc") {
      return { type: "Coproc", pos, end: cmd.end, name, body: cmd };
    }
    this.error("expected command after 'coproc'", cmd?.pos ?? start.end);
    const body3 = cmd ? this.makeCompoundList([this.makeStatement(cmd)]) : { type: "CompoundList", pos: start.end, end: start.end, commands: [] };
    return { type: "Coproc", pos, end: body3.end, name, body: body3 };
  }
  // subshell := '(' list ')'
  subshell() {
    return this.subshellBody(this.tok.next(LexContext.CommandStart).pos);
  }
  // Continues a subshell whose '(' the caller already consumed.
  subshellBody(pos) {
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum subshell nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipSubshellBody();
      if (closeEnd2 < 0)
        this.error("expected ')' to close subshell", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return { type: "Subshell", pos, end: end2, body: this.makeCompoundList([]) };
    }
    this.syntaxDepth++;
    const commands = this.list();
    this.syntaxDepth--;
    if (commands.length === 0)
      this.error("expected command in subshell", pos);
    const closeEnd = this.acceptEnd(Token.RParen, LexContext.Normal);
    if (closeEnd < 0)
      this.error("expected ')' to close subshell", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return { type: "Subshell", pos, end, body: this.makeCompoundList(commands) };
  }
  // brace_group := '{' list '}'
  braceGroup() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum brace group nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.RBrace);
      if (closeEnd2 < 0)
        this.error("expected '}' to close brace group", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return { type: "BraceGroup", pos, end: end2, body: this.makeCompoundList([]) };
    }
    this.syntaxDepth++;
    const commands = this.list();
    this.syntaxDepth--;
    if (commands.length === 0)
      this.error("expected command in brace group", pos);
    const closeEnd = this.acceptEnd(Token.RBrace, LexContext.Normal);
    if (closeEnd < 0)
      this.error("expected '}' to close brace group", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return { type: "BraceGroup", pos, end, body: this.makeCompoundList(commands) };
  }
  // if_clause := IF list THEN list (ELIF list THEN list)* [ELSE list] FI
  ifClause() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum if nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Fi);
      if (closeEnd2 < 0)
        this.error("expected 'fi' to close 'if'", this.tok.getPos());
      const end = closeEnd2 >= 0 ? closeEnd2 : pos;
      return {
        type: "If",
        pos,
        end,
        clause: this.makeCompoundList([]),
        then: this.makeCompoundList([]),
        elif: EMPTY_ELIFS,
        else: void 0
      };
    }
    this.syntaxDepth++;
    let command2;
    let branchPos = pos;
    for (; ; ) {
      const clauseCommands = this.list();
      const emptyClausePos = this.emptyListPos(clauseCommands);
      const clause = this.makeCompoundList(clauseCommands);
      this.skipSemi();
      const thenToken = this.accept(Token.Then, LexContext.CommandStart);
      if (!thenToken)
        this.error("expected 'then'", this.tok.getPos());
      else if (emptyClausePos >= 0)
        this.error(`expected command after '${branchPos === pos ? "if" : "elif"}'`, emptyClausePos);
      const thenCommands = this.list();
      const then_ = this.makeCompoundList(thenCommands);
      if (thenToken && thenCommands.length === 0) {
        this.error("expected command after 'then'", this.tok.peek(LexContext.CommandStart).pos);
        then_.pos = thenToken.end;
        then_.end = thenToken.end;
      }
      if (command2) {
        if (command2.elif === EMPTY_ELIFS)
          command2.elif = [];
        command2.elif.push({
          type: "Elif",
          pos: branchPos,
          end: then_.end,
          clause,
          then: then_
        });
      } else {
        command2 = { type: "If", pos, end: pos, clause, then: then_, elif: EMPTY_ELIFS, else: void 0 };
      }
      this.skipSemi();
      const elif = this.accept(Token.Elif, LexContext.CommandStart);
      if (!elif)
        break;
      branchPos = elif.pos;
    }
    if (this.accept(Token.Else, LexContext.CommandStart)) {
      const elseCommands = this.list();
      const emptyElsePos = this.emptyListPos(elseCommands);
      if (emptyElsePos >= 0)
        this.error("expected command after 'else'", emptyElsePos);
      command2.else = this.makeCompoundList(elseCommands);
      this.skipSemi();
    }
    const closeEnd = this.acceptEnd(Token.Fi, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error("expected 'fi' to close 'if'", this.tok.getPos());
    command2.end = closeEnd >= 0 ? closeEnd : branchPos;
    this.syntaxDepth--;
    return command2;
  }
  // for_clause := FOR word [IN word* (';'|NL)] DO list DONE
  //            | FOR '((' expr '))' [';'|NL] DO list DONE
  forClause() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    if (this.tok.peek(LexContext.Normal).token === Token.LParen) {
      return this.cStyleFor(pos);
    }
    const name = this.readRequiredWord("for");
    let wordlist;
    this.skipNewlines(LexContext.CommandStart);
    if (this.tok.peek(LexContext.CommandStart).token === Token.In) {
      this.tok.next(LexContext.CommandStart);
      wordlist = [];
      while (this.tok.peek(LexContext.Normal).token === Token.Word) {
        wordlist.push(this.readWord(LexContext.Normal));
      }
    }
    this.skipSemi();
    this.skipNewlines(LexContext.CommandStart);
    if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
      const bg = this.braceGroup();
      return { type: "For", pos, end: bg.end, name, wordlist, body: bg.body };
    }
    const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
    if (!hasDo)
      this.error("expected 'do'", this.tok.getPos());
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum for nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Done);
      if (closeEnd2 < 0)
        this.error("expected 'done' to close 'for'", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return { type: "For", pos, end: end2, name, wordlist, body: this.makeCompoundList([]) };
    }
    this.syntaxDepth++;
    const body3 = this.doBody(hasDo);
    this.syntaxDepth--;
    this.skipSemi();
    const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error("expected 'done' to close 'for'", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return { type: "For", pos, end, name, wordlist, body: this.makeCompoundList(body3) };
  }
  // C-style for: (( expr; expr; expr )) [;|NL] do list done | { list }
  cStyleFor(pos) {
    const [initStr, testStr, updateStr, initPos, testPos, updatePos] = this.tok.readCStyleForExprs();
    if (this.tok.peek(LexContext.CommandStart).token === Token.Semi)
      this.tok.next(LexContext.CommandStart);
    this.skipNewlines(LexContext.CommandStart);
    if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
      const bg = this.braceGroup();
      return new ArithmeticForImpl(pos, bg.end, bg.body, initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
    }
    const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
    if (!hasDo)
      this.error("expected 'do'", this.tok.getPos());
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum for nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Done);
      if (closeEnd2 < 0)
        this.error("expected 'done' to close 'for'", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return new ArithmeticForImpl(pos, end2, this.makeCompoundList([]), initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
    }
    this.syntaxDepth++;
    const body3 = this.doBody(hasDo);
    this.syntaxDepth--;
    const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error("expected 'done' to close 'for'", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return new ArithmeticForImpl(pos, end, this.makeCompoundList(body3), initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
  }
  whileClause() {
    return this.whileOrUntil("while");
  }
  untilClause() {
    return this.whileOrUntil("until");
  }
  whileOrUntil(kind) {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error(`maximum ${kind} nesting depth exceeded`, pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Done);
      if (closeEnd2 < 0)
        this.error(`expected 'done' to close '${kind}'`, this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return {
        type: "While",
        pos,
        end: end2,
        kind,
        clause: this.makeCompoundList([]),
        body: this.makeCompoundList([])
      };
    }
    this.syntaxDepth++;
    const clauseCommands = this.list();
    const emptyClausePos = this.emptyListPos(clauseCommands);
    const clause = this.makeCompoundList(clauseCommands);
    this.skipSemi();
    const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
    if (!hasDo)
      this.error("expected 'do'", this.tok.getPos());
    else if (emptyClausePos >= 0)
      this.error(`expected command after '${kind}'`, emptyClausePos);
    const body3 = this.doBody(hasDo);
    this.skipSemi();
    const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error(`expected 'done' to close '${kind}'`, this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    this.syntaxDepth--;
    return { type: "While", pos, end, kind, clause, body: this.makeCompoundList(body3) };
  }
  // case_clause := CASE word IN (pattern) list (;; | ;& | ;;&) ... ESAC
  caseClause() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    const word2 = this.readRequiredWord("case");
    this.skipNewlines(LexContext.CommandStart);
    if (!this.accept(Token.In, LexContext.CommandStart))
      this.error("expected 'in' after 'case' word", this.tok.getPos());
    this.skipNewlines(LexContext.CasePattern);
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum case nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Esac);
      if (closeEnd2 < 0)
        this.error("expected 'esac' to close 'case'", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return { type: "Case", pos, end: end2, word: word2, items: [] };
    }
    this.syntaxDepth++;
    const items = [];
    let invalid = false;
    let t = this.tok.peek(LexContext.CasePattern).token;
    while (t !== Token.Esac && t !== Token.EOF) {
      const itemPos = this.tok.peek(LexContext.Normal).pos;
      this.accept(Token.LParen, LexContext.Normal);
      const pattern = [];
      let expectWord = true;
      let next = this.tok.peek(LexContext.Normal);
      while (next.token !== Token.RParen && next.token !== Token.EOF) {
        const valid = next.token === (expectWord ? Token.Word : Token.Pipe);
        if (valid)
          expectWord = !expectWord;
        else if (!invalid) {
          this.unexpectedToken(next);
          invalid = true;
        }
        const tok = this.tok.next(LexContext.Normal);
        if (tok.token === Token.Word)
          pattern.push(this.toWord(tok));
        next = this.tok.peek(LexContext.Normal);
      }
      if (expectWord && next.token === Token.RParen && !invalid) {
        this.unexpectedToken(next);
        invalid = true;
      }
      const rparenEnd = this.acceptEnd(Token.RParen, LexContext.Normal);
      const cmds = this.list();
      const bodyPos = rparenEnd >= 0 ? rparenEnd : pattern.length > 0 ? pattern[pattern.length - 1].end : itemPos;
      const itemEnd = cmds.length > 0 ? cmds[cmds.length - 1].end : bodyPos;
      const item = {
        type: "CaseItem",
        pos: itemPos,
        end: itemEnd,
        pattern,
        body: cmds.length > 0 ? this.makeCompoundList(cmds) : { type: "CompoundList", pos: bodyPos, end: bodyPos, commands: [] },
        terminator: void 0
      };
      const after = this.tok.peek(LexContext.CommandStart);
      t = after.token;
      if (t === Token.DoubleSemi || t === Token.SemiAmp || t === Token.DoubleSemiAmp) {
        const termTok = this.tok.next(LexContext.CommandStart);
        item.terminator = CASE_TERMINATORS[termTok.token];
        item.end = termTok.end;
      } else if (t !== Token.Esac && t !== Token.EOF && !invalid) {
        this.unexpectedToken(after);
        invalid = true;
      }
      items.push(item);
      this.skipNewlines(LexContext.CasePattern);
      t = this.tok.peek(LexContext.CasePattern).token;
    }
    const closeEnd = this.acceptEnd(Token.Esac, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error("expected 'esac' to close 'case'", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    this.syntaxDepth--;
    return { type: "Case", pos, end, word: word2, items };
  }
  // select_clause := SELECT word [IN word* (';'|NL)] DO list DONE
  selectClause() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    const name = this.readRequiredWord("select");
    let wordlist;
    this.skipNewlines(LexContext.CommandStart);
    if (this.tok.peek(LexContext.CommandStart).token === Token.In) {
      this.tok.next(LexContext.CommandStart);
      wordlist = [];
      while (this.tok.peek(LexContext.Normal).token === Token.Word) {
        wordlist.push(this.readWord(LexContext.Normal));
      }
    }
    this.skipSemi();
    this.skipNewlines(LexContext.CommandStart);
    if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
      const bg = this.braceGroup();
      return { type: "Select", pos, end: bg.end, name, wordlist, body: bg.body };
    }
    const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
    if (!hasDo)
      this.error("expected 'do'", this.tok.getPos());
    if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
      this.error("maximum select nesting depth exceeded", pos);
      const closeEnd2 = this.tok.skipCompoundBody(Token.Done);
      if (closeEnd2 < 0)
        this.error("expected 'done' to close 'select'", this.tok.getPos());
      const end2 = closeEnd2 >= 0 ? closeEnd2 : pos;
      return { type: "Select", pos, end: end2, name, wordlist, body: this.makeCompoundList([]) };
    }
    this.syntaxDepth++;
    const body3 = this.doBody(hasDo);
    this.syntaxDepth--;
    this.skipSemi();
    const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
    if (closeEnd < 0)
      this.error("expected 'done' to close 'select'", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return { type: "Select", pos, end, name, wordlist, body: this.makeCompoundList(body3) };
  }
  // test_command := [[ test_expr ]]
  testCommand() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    const expr = this.parseTestOr();
    const closeEnd = this.acceptEnd(Token.DblRBracket, LexContext.TestMode);
    if (closeEnd < 0)
      this.error("expected ']]' to close '[['", this.tok.getPos());
    const end = closeEnd >= 0 ? closeEnd : pos;
    return { type: "TestCommand", pos, end, expression: expr };
  }
  // test_or := test_and ('||' test_and)*
  parseTestOr() {
    const first = this.parseTestAnd();
    if (this.tok.peek(LexContext.TestMode).token !== Token.Or)
      return first;
    const operands = [first];
    do {
      this.tok.next(LexContext.TestMode);
      operands.push(this.parseTestAnd());
    } while (this.tok.peek(LexContext.TestMode).token === Token.Or);
    return {
      type: "TestLogical",
      pos: first.pos,
      end: operands[operands.length - 1].end,
      operator: "||",
      operands
    };
  }
  // test_and := test_not ('&&' test_not)*
  parseTestAnd() {
    const first = this.parseTestNot();
    if (this.tok.peek(LexContext.TestMode).token !== Token.And)
      return first;
    const operands = [first];
    do {
      this.tok.next(LexContext.TestMode);
      operands.push(this.parseTestNot());
    } while (this.tok.peek(LexContext.TestMode).token === Token.And);
    return {
      type: "TestLogical",
      pos: first.pos,
      end: operands[operands.length - 1].end,
      operator: "&&",
      operands
    };
  }
  // test_not := '!' test_not | test_primary
  parseTestNot() {
    let t = this.tok.peek(LexContext.TestMode);
    if (!isTestNegation(t))
      return this.parseTestPrimary();
    const negations = [];
    while (isTestNegation(t)) {
      const bang = this.tok.next(LexContext.TestMode);
      negations.push({ type: "Negation", pos: bang.pos, end: bang.end });
      t = this.tok.peek(LexContext.TestMode);
    }
    const operand = this.parseTestPrimary();
    return { type: "TestNot", pos: negations[0].pos, end: operand.end, negations, operand };
  }
  // test_primary := '(' test_or ')' | unary_op word | word binary_op word | word
  parseTestPrimary() {
    if (this.tok.peek(LexContext.TestMode).token === Token.LParen) {
      const openPos = this.tok.next(LexContext.TestMode).pos;
      if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
        this.error("maximum test group nesting depth exceeded", openPos);
        const closeEnd2 = this.tok.skipTestGroup();
        if (closeEnd2 < 0)
          this.error("expected ')' to close test group", this.tok.getPos());
        const end2 = closeEnd2 >= 0 ? closeEnd2 : openPos;
        const operand = new WordImpl("", openPos, openPos);
        const expression = {
          type: "TestUnary",
          pos: openPos,
          end: openPos,
          operator: "-n",
          operand
        };
        return { type: "TestGroup", pos: openPos, end: end2, expression };
      }
      this.syntaxDepth++;
      const expr = this.parseTestOr();
      this.syntaxDepth--;
      const closeEnd = this.acceptEnd(Token.RParen, LexContext.TestMode);
      if (closeEnd < 0)
        this.error("expected ')' to close test group", this.tok.getPos());
      const end = closeEnd >= 0 ? closeEnd : openPos;
      return { type: "TestGroup", pos: openPos, end, expression: expr };
    }
    const first = this.tok.next(LexContext.TestMode);
    if (first.token === Token.And || first.token === Token.Or)
      this.unexpectedToken(first);
    const val = first.value;
    const firstPos = first.pos;
    const firstEnd = first.end;
    if (first.keywordEligible && UNARY_TEST_OPS[val] === 1) {
      if (this.tok.peek(LexContext.TestMode).token === Token.Word) {
        const operand2 = this.readTestOperand();
        return {
          type: "TestUnary",
          pos: firstPos,
          end: operand2.end,
          operator: val,
          operand: operand2
        };
      }
      this.error("expected operand after unary test operator", firstEnd);
      const operand = new WordImpl("", firstEnd, firstEnd);
      return { type: "TestUnary", pos: firstPos, end: firstEnd, operator: val, operand };
    }
    const nt = this.tok.peek(LexContext.TestMode);
    if (nt.token === Token.Word && nt.keywordEligible && BINARY_TEST_OPS[nt.value] === 1) {
      const op = this.tok.next(LexContext.TestMode).value;
      let right;
      if (op === "=~") {
        const token = this.tok.readTestRegexWord();
        right = new WordImpl(this.source.slice(token.pos, token.end), token.pos, token.end, this.source, embeddedPartsResolver(this.tok.getSubstitutionContext()), this.depth);
      } else {
        right = this.readTestOperand();
      }
      const left = this.toWordFromPosEnd(first, firstPos, firstEnd);
      return {
        type: "TestBinary",
        pos: firstPos,
        end: right.end,
        operator: op,
        left,
        right
      };
    }
    const w = this.toWordFromPosEnd(first, firstPos, firstEnd);
    return { type: "TestUnary", pos: firstPos, end: w.end, operator: "-n", operand: w };
  }
  // Unquoted `<` and `>` are operators in `[[ ]]`, never operands.
  readTestOperand() {
    const t = this.tok.next(LexContext.TestMode);
    if (t.keywordEligible && (t.value === "<" || t.value === ">"))
      this.error(`unexpected argument '${t.value}' to conditional operator`, t.pos);
    return this.toWord(t);
  }
  // function_def with 'function' keyword
  functionDef() {
    const pos = this.tok.next(LexContext.CommandStart).pos;
    const name = this.readWord(LexContext.FunctionName);
    let body3;
    if (this.tok.peek(LexContext.CommandStart).token === Token.LParen) {
      const openPos = this.tok.next(LexContext.CommandStart).pos;
      if (this.tok.peek(LexContext.CommandStart).token === Token.RParen) {
        this.tok.next(LexContext.CommandStart);
        this.skipNewlines(LexContext.CommandStart);
        body3 = this.commandAsBody();
      } else {
        body3 = this.withRedirects(this.subshellBody(openPos));
      }
    } else {
      this.skipNewlines(LexContext.CommandStart);
      body3 = this.commandAsBody();
    }
    return { type: "Function", pos, end: body3.end, name, body: body3 };
  }
  // simple_command or function_def (word '(' ')' body)
  simpleCommandOrFunction(coproc) {
    const prefix = [];
    const cmdPos = this.tok.peek(LexContext.CommandStart).pos;
    let lastEnd2 = cmdPos;
    let ctx = LexContext.CommandStart;
    for (; ; ) {
      const t = this.tok.peek(ctx).token;
      if (t === Token.Assignment) {
        const assignment = this.tok.next(ctx);
        lastEnd2 = assignment.end;
        prefix.push(this.parseAssignment(assignment));
      } else if (t === Token.Redirect) {
        const redirect2 = this.readRedirect(ctx);
        prefix.push(redirect2);
        lastEnd2 = redirect2.end;
      } else {
        break;
      }
      ctx = LexContext.CommandPrefix;
    }
    if (this.tok.peek(LexContext.Normal).token !== Token.Word) {
      return new CommandImpl(cmdPos, lastEnd2, void 0, prefix, []);
    }
    const nameToken = this.tok.next(LexContext.Normal);
    const keyword = nameToken.keywordEligible ? nameToken.value : "";
    const name = this.toWord(nameToken);
    ctx = isDeclarationCommand(keyword) ? LexContext.Declaration : keyword === "eval" || keyword === "let" ? LexContext.EvalArgument : LexContext.Normal;
    lastEnd2 = name.end;
    const suffix = [];
    if (coproc) {
      while (this.tok.peek(LexContext.CommandPrefix).token === Token.Assignment) {
        const token = this.tok.next(LexContext.CommandPrefix);
        const word2 = ctx === LexContext.Declaration ? this.parseAssignment(token) : this.toWord(token);
        suffix.push(word2);
        lastEnd2 = word2.end;
      }
    }
    if (this.tok.peek(ctx).token === Token.LParen && suffix.length === 0) {
      this.tok.next(LexContext.Normal);
      if (this.tok.peek(LexContext.Normal).token === Token.RParen) {
        this.tok.next(LexContext.Normal);
        this.skipNewlines(LexContext.CommandStart);
        const body3 = this.commandAsBody();
        return {
          type: "Function",
          pos: name.pos,
          end: body3.end,
          name,
          body: body3
        };
      }
    }
    for (; ; ) {
      const st = this.tok.peek(ctx).token;
      if (st === Token.Word || st === Token.Assignment) {
        const token = this.tok.next(ctx);
        const w = st === Token.Assignment ? this.parseAssignment(token) : this.toWord(token);
        suffix.push(w);
        lastEnd2 = w.end;
      } else if (st === Token.Redirect) {
        const redirect2 = this.readRedirect(ctx);
        suffix.push(redirect2);
        lastEnd2 = redirect2.end;
      } else {
        break;
      }
    }
    return new CommandImpl(cmdPos, lastEnd2, name, prefix, suffix);
  }
  readRedirect(ctx) {
    const t = this.tok.next(ctx);
    const tPos = t.pos;
    const tEnd = t.end;
    const descriptor = t.fileDescriptor !== void 0 ? { type: "FileDescriptor", pos: tPos, end: t.descriptorEnd, value: t.fileDescriptor } : t.variableName !== void 0 ? { type: "FileDescriptorVariable", pos: tPos, end: t.descriptorEnd, name: t.variableName } : void 0;
    const hasTarget = t.targetEnd > t.targetPos;
    if (!hasTarget)
      this.error("expected redirect target", t.targetPos);
    if (t.value === "<<" || t.value === "<<-") {
      const r = {
        type: "HereDoc",
        pos: tPos,
        end: tEnd,
        operator: t.value,
        descriptor,
        delimiter: hasTarget ? {
          type: "HereDocDelimiter",
          pos: t.targetPos,
          end: t.targetEnd,
          text: this.source.slice(t.targetPos, t.targetEnd),
          value: t.content ?? "",
          quoted: t.delimiterQuoted
        } : void 0,
        body: new HereDocBodyImpl(this.source, tEnd, t.delimiterQuoted, this.depth, this.tok.getSubstitutionContext()),
        closing: void 0
      };
      if (hasTarget)
        this.tok.registerHereDocTarget(r);
      return r;
    }
    const target = hasTarget ? new WordImpl(this.source.slice(t.targetPos, t.targetEnd), t.targetPos, t.targetEnd, this.source, wordPartsResolver(this.tok.getSubstitutionContext()), this.depth) : void 0;
    return t.value === "<<<" ? { type: "HereString", pos: tPos, end: tEnd, operator: "<<<", descriptor, target } : { type: "Redirect", pos: tPos, end: tEnd, operator: REDIRECT_OPS[t.value] ?? ">", descriptor, target };
  }
  commandAsBody() {
    const cmd = this.command();
    if (cmd && cmd.type !== "Command" && cmd.type !== "Function" && cmd.type !== "Coproc")
      return cmd;
    this.error("expected compound command as function body", cmd?.pos ?? this.tok.getPos());
    return this.makeCompoundList(cmd ? [this.makeStatement(cmd)] : []);
  }
  readWord(ctx) {
    return this.toWord(this.tok.next(ctx));
  }
  // A missing word stays empty and leaves its token to the rest of the clause.
  readRequiredWord(keyword) {
    const t = this.tok.peek(LexContext.Normal);
    if (t.token === Token.Word)
      return this.toWord(this.tok.next(LexContext.Normal));
    if (t.token !== Token.EOF)
      this.error(`expected word after '${keyword}'`, t.pos);
    return new WordImpl("", t.pos, t.pos);
  }
  toWord(tok) {
    const text = tok.raw ? tok.value : this.source.slice(tok.pos, tok.end);
    const source = tok.raw && tok.keywordEligible ? void 0 : this.source;
    return new WordImpl(text, tok.pos, tok.end, source, source === void 0 ? computeBareWordParts : wordPartsResolver(this.tok.getSubstitutionContext()), this.depth);
  }
  toWordFromPosEnd(tok, pos, end) {
    if (tok.pos === pos && tok.end === end)
      return this.toWord(tok);
    return new WordImpl(this.source.slice(pos, end), pos, end, this.source, wordPartsResolver(this.tok.getSubstitutionContext()), this.depth);
  }
  parseAssignment(token) {
    const text = token.raw ? token.value : this.source.slice(token.pos, token.end);
    return new AssignmentImpl(text, token.pos, token.end, this.source, token.assignmentOperatorPos, this.depth, this.tok.getSubstitutionContext());
  }
  makeCompoundList(commands) {
    const p = this.tok.getPos();
    const pos = commands.length > 0 ? commands[0].pos : p;
    const end = commands.length > 0 ? commands[commands.length - 1].end : p;
    return { type: "CompoundList", pos, end, commands };
  }
};

// src/shell/parser.ts
var shellReady = Promise.resolve();
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 4096;
function parseShell(source, base2 = 0) {
  const known = cache.get(source);
  if (known) return known.base === base2 ? known : rebase(known, base2);
  const script = parseUncached(source, base2);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
  cache.set(source, script);
  return script;
}
function rebase(script, to) {
  const base2 = to - script.base;
  const word2 = (w) => ({ ...w, start: w.start + base2, end: w.end + base2 });
  return {
    ...script,
    base: to,
    commands: script.commands.map((c) => ({
      ...c,
      start: c.start + base2,
      end: c.end + base2,
      assignments: c.assignments.map(word2),
      words: c.words.map(word2),
      redirects: c.redirects.map((r) => ({ ...r, start: r.start + base2, end: r.end + base2, target: r.target ? word2(r.target) : null }))
    })),
    statements: script.statements.map((st) => ({
      ...st,
      start: st.start + base2,
      end: st.end + base2,
      ...st.redirects ? { redirects: st.redirects.map((r) => ({ ...r, start: r.start + base2, end: r.end + base2, target: r.target ? word2(r.target) : null })) } : {}
    })),
    redirects: script.redirects.map((r) => ({ ...r, start: r.start + base2, end: r.end + base2, target: r.target ? word2(r.target) : null }))
  };
}
var VARIABLE_NAME = /^\w+$/;
var DECLARATIONS = /* @__PURE__ */ new Set(["export", "declare", "typeset", "readonly", "local"]);
var out;
var src = "";
var base = 0;
var lastEnd = 0;
var heredocEnd = 0;
var wantComments = false;
var covered = [];
var holes = [];
function parseUncached(source, at) {
  const ast = parse(source);
  const script = {
    source,
    base: at,
    hasError: (ast.errors?.length ?? 0) > 0,
    commands: [],
    statements: [],
    nodeTypes: /* @__PURE__ */ new Set(),
    redirects: [],
    background: false
  };
  out = script;
  src = source;
  base = at;
  lastEnd = 0;
  heredocEnd = 0;
  wantComments = source.indexOf("#") >= 0;
  covered.length = 0;
  holes.length = 0;
  try {
    statementList(ast.commands, true, true);
    if (wantComments && hasComment()) script.nodeTypes.add("comment");
  } finally {
    out = void 0;
    src = "";
  }
  return script;
}
function hasComment() {
  for (let p = src.indexOf("#"); p >= 0; p = src.indexOf("#", p + 1)) {
    let size = Infinity;
    let inHole = true;
    for (let i = 0; i < covered.length; i += 2) {
      if (covered[i] <= p && p < covered[i + 1] && covered[i + 1] - covered[i] < size) {
        size = covered[i + 1] - covered[i];
        inHole = false;
      }
    }
    for (let i = 0; i < holes.length; i += 2) {
      if (holes[i] <= p && p < holes[i + 1] && holes[i + 1] - holes[i] <= size) {
        size = holes[i + 1] - holes[i];
        inHole = true;
      }
    }
    if (inHole) return true;
  }
  return false;
}
function cover(start, end) {
  if (wantComments) covered.push(start, end);
}
function statementList(list, flat, top) {
  let background = false;
  for (const st of list) {
    const c = st.command;
    if (flat) {
      let before = null;
      if (out.statements.length > 0) before = background ? "&" : separatorBefore(c.pos);
      if (c.type === "AndOr") {
        out.nodeTypes.add("list");
        let whole = 0;
        for (let i = c.commands.length - 1; i > 0; i--) {
          if (redirectsAtEnd(c.commands[i])) {
            whole = i;
            break;
          }
        }
        let first = 0;
        if (whole > 0) {
          out.nodeTypes.add("redirected_statement");
          const st2 = statement(c.commands[0].pos, c.commands[whole].end, before, "redirected_statement");
          st2.redirects = [];
          for (let i = 0; i <= whole; i++) node(c.commands[i], top, i === whole ? st2.redirects : null);
          first = whole + 1;
        }
        for (let i = first; i < c.commands.length; i++) topStatement(c.commands[i], top, i === 0 ? before : c.operators[i - 1]);
      } else topStatement(c, top, before);
    } else node(c, top, null);
    background = st.background === true;
    if (background) out.background = true;
  }
}
function separatorBefore(start) {
  for (let i = Math.max(lastEnd, heredocEnd); i < start; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 59) return ";";
    if (ch === 35) while (i < start && src.charCodeAt(i) !== 10) i++;
  }
  return "\n";
}
function topStatement(n, top, before) {
  const type = statementType(n);
  const st = statement(n.pos, n.end, before, type);
  if (type === "redirected_statement") st.redirects = [];
  node(n, top, st.redirects ?? null);
}
function redirectsAtEnd(n) {
  if (n.type === "Command") return commandShape(n).cut < n.suffix.length;
  if (n.type === "Redirected") return true;
  if (n.type === "Pipeline") return redirectsAtEnd(n.commands[n.commands.length - 1]);
  return false;
}
function node(n, top, sink) {
  switch (n.type) {
    case "Command":
      command(n, top, sink);
      return;
    case "AndOr":
      out.nodeTypes.add("list");
      for (let i = 0; i < n.commands.length; i++) node(n.commands[i], top, i === n.commands.length - 1 ? sink : null);
      return;
    case "Pipeline": {
      const piped = n.commands.length > 1;
      if (piped) out.nodeTypes.add("pipeline");
      if (n.prefixes.some((p) => p.type === "Negation")) out.nodeTypes.add("negated_command");
      for (let i = 0; i < n.commands.length; i++) node(n.commands[i], top && !piped, i === n.commands.length - 1 ? sink : null);
      return;
    }
    default:
      compound(n, top, sink);
  }
}
function statement(start, end, before, type) {
  end = trimEnd2(end);
  const st = { start: base + start, end: base + end, before: out.statements.length > 0 ? before : null, type };
  out.statements.push(st);
  lastEnd = end;
  return st;
}
function statementType(n) {
  if (n.type === "Pipeline") {
    if (redirectsAtEnd(n)) return "redirected_statement";
    if (n.prefixes.some((p) => p.type === "Negation")) return "negated_command";
    return n.commands.length > 1 ? "pipeline" : statementType(n.commands[0]);
  }
  switch (n.type) {
    case "Command": {
      const shape = commandShape(n);
      return shape.cut < n.suffix.length ? "redirected_statement" : shape.type;
    }
    case "Redirected":
      return "redirected_statement";
    case "Subshell":
      return "subshell";
    case "BraceGroup":
      return "compound_statement";
    case "If":
      return "if_statement";
    case "For":
    case "Select":
      return "for_statement";
    case "ArithmeticFor":
      return "c_style_for_statement";
    case "While":
      return "while_statement";
    case "Case":
      return "case_statement";
    case "Function":
      return "function_definition";
    case "TestCommand":
      return "test_command";
    case "ArithmeticCommand":
      return "arithmetic_command";
    case "Coproc":
      return "coproc";
  }
}
function compound(n, top, sink) {
  out.nodeTypes.add(statementType(n));
  switch (n.type) {
    case "Redirected": {
      compound(n.command, top, null);
      for (const r of n.redirects) {
        const x = redirect(r, r.end);
        if (sink) sink.push(x);
      }
      return;
    }
    case "Subshell":
      body(n.body, false);
      return;
    case "BraceGroup":
      body(n.body, top);
      return;
    case "If":
      body(n.clause, top);
      body(n.then, top);
      for (const e of n.elif) {
        out.nodeTypes.add("elif_clause");
        body(e.clause, top);
        body(e.then, top);
      }
      if (n.else) {
        out.nodeTypes.add("else_clause");
        body(n.else, top);
      }
      return;
    case "For":
    case "Select":
      cover(n.name.pos, n.name.end);
      for (const w of n.wordlist ?? []) nested(w);
      body(n.body, top);
      return;
    case "ArithmeticFor":
      cover(n.pos, n.body.pos);
      body(n.body, top);
      return;
    case "While":
      body(n.clause, top);
      body(n.body, top);
      return;
    case "Case":
      nested(n.word);
      for (const item of n.items) {
        out.nodeTypes.add("case_item");
        for (const w of item.pattern) nested(w);
        body(item.body, top);
      }
      return;
    case "Function":
      cover(n.name.pos, n.name.end);
      if (n.body.type === "CompoundList") body(n.body, top);
      else compound(n.body, top, null);
      return;
    case "TestCommand": {
      cover(n.pos, n.end);
      const cmd = newCommand(n.pos, n.end, top);
      cmd.words.push(anonymous(n.pos, n.pos + 2), anonymous(n.expression.pos, n.expression.end), anonymous(n.end - 2, n.end));
      nestedIn(n.expression);
      return;
    }
    case "ArithmeticCommand":
      cover(n.pos, n.end);
      if (n.expression) nestedIn(n.expression);
      return;
    case "Coproc":
      if (n.body.type === "CompoundList") body(n.body, top);
      else if (n.body.type === "Command") command(n.body, top, null);
      else compound(n.body, top, null);
      return;
  }
}
function body(list, top) {
  statementList(list.commands, false, top);
}
function commandShape(c) {
  const name = c.name;
  let type = "command";
  if (!name) type = c.prefix.filter((p) => p.type === "Assignment").length > 1 ? "variable_assignments" : "variable_assignment";
  else if (!name.parts) {
    if (DECLARATIONS.has(name.text)) type = "declaration_command";
    else if (name.text === "unset" || name.text === "unsetenv") type = "unset_command";
    else if (name.text === "[" && isClosingBracket(c.suffix[c.suffix.length - 1])) type = "test_command";
  }
  let cut = c.suffix.length;
  if (name) {
    for (let i = 0; i < c.suffix.length; i++) {
      const t = c.suffix[i].type;
      if (t === "Redirect" || t === "HereDoc") {
        cut = i;
        break;
      }
    }
  }
  return { type, cut };
}
function isClosingBracket(item) {
  return item !== void 0 && item.type === "Word" && item.text === "]" && !item.parts;
}
function newCommand(start, end, top) {
  const cmd = { kind: "command", start: base + start, end: base + trimEnd2(end), assignments: [], words: [], redirects: [], topLevelShell: top };
  out.commands.push(cmd);
  return cmd;
}
function anonymous(start, end) {
  return { text: src.slice(start, end), value: null, start: base + start, end: base + end };
}
function command(c, top, sink) {
  const { type, cut } = commandShape(c);
  const suffix = c.suffix;
  let end = c.end;
  if (cut < suffix.length) end = cut > 0 ? suffix[cut - 1].end : c.name.end;
  out.nodeTypes.add(type);
  if (cut < suffix.length) out.nodeTypes.add("redirected_statement");
  if (type === "variable_assignment" || type === "variable_assignments") {
    let cmd2 = null;
    for (const p of c.prefix) {
      if (p.type === "Assignment") {
        cmd2 = newCommand(p.pos, p.end, top);
        out.nodeTypes.add("variable_assignment");
        cmd2.assignments.push(assignmentWord(p));
      } else out.redirects.push(redirect(p, p.end));
    }
    return;
  }
  const cmd = newCommand(c.pos, end, top);
  const builtin = type !== "command";
  const name = c.name;
  for (const p of c.prefix) {
    if (p.type === "Assignment") {
      out.nodeTypes.add("variable_assignment");
      cmd.assignments.push(assignmentWord(p));
    } else {
      const r = redirect(p, p.end);
      if (!builtin) cmd.redirects.push(r);
    }
  }
  if (type === "test_command") {
    cover(name.pos, name.end);
    cmd.words.push(anonymous(name.pos, name.end));
    testWords(cmd, suffix.slice(0, cut - 1));
    const close = suffix[cut - 1];
    cover(close.pos, close.end);
    cmd.words.push(anonymous(close.pos, close.end));
  } else {
    cmd.words.push(builtin ? anonymous(name.pos, name.end) : word(name));
    for (let i = 0; i < cut; i++) {
      const s = suffix[i];
      if (s.type === "Word") {
        const w = word(s);
        if (builtin && w.value !== null && VARIABLE_NAME.test(w.text)) w.value = null;
        cmd.words.push(w);
      } else if (s.type === "Assignment") {
        if (type === "declaration_command") {
          out.nodeTypes.add("variable_assignment");
          cmd.words.push(assignmentWord(s));
        } else cmd.words.push(assignmentAsWord(s));
      } else {
        const r = redirect(s, s.end);
        if (!builtin) cmd.redirects.push(r);
      }
    }
  }
  if (cut < suffix.length) {
    for (let i = cut; i < suffix.length; i++) {
      const s = suffix[i];
      if (s.type === "Word" || s.type === "Assignment") continue;
      let j = i + 1;
      while (j < suffix.length && (suffix[j].type === "Word" || suffix[j].type === "Assignment")) j++;
      for (let k = i + 1; k < j; k++) {
        const w = suffix[k];
        if (w.type === "Word") nested(w);
        else assignmentWord(w);
      }
      const r = redirect(s, suffix[j - 1].end);
      if (sink) sink.push(r);
    }
  }
}
function testWords(cmd, args) {
  if (args.length === 1) cmd.words.push(word(args[0]));
  else if (args.length > 1) {
    for (const a of args) nested(a);
    cmd.words.push(anonymous(args[0].pos, args[args.length - 1].end));
  }
}
function redirect(r, end) {
  out.nodeTypes.add(r.type === "Redirect" ? "file_redirect" : r.type === "HereDoc" ? "heredoc_redirect" : "herestring_redirect");
  cover(r.pos, r.end);
  let target = null;
  if (r.type === "HereDoc") {
    if (r.closing) heredocEnd = Math.max(heredocEnd, r.closing.end);
    cover(r.body.pos, r.closing ? r.closing.end : r.body.end);
    if (r.body.parts) for (const p of r.body.parts) nestedPart(p);
  } else if (r.target) {
    const w = word(r.target);
    if (r.type === "Redirect") target = w;
  }
  end = trimEnd2(end);
  const out_ = { text: src.slice(r.pos, end), start: base + r.pos, end: base + end, target };
  out.redirects.push(out_);
  return out_;
}
function word(w) {
  const end = trimEnd2(w.end);
  const text = src.slice(w.pos, end);
  cover(w.pos, w.end);
  const parts = w.parts;
  if (!parts) return { text, value: text.indexOf("\\") < 0 ? text : unquoted(text), start: base + w.pos, end: base + end };
  let value = "";
  for (const p of parts) {
    const v = partValue(p);
    nestedPart(p);
    value = v === null || value === null ? null : value + v;
  }
  return { text, value, start: base + w.pos, end: base + end };
}
function trimEnd2(end) {
  for (; ; ) {
    if (src.charCodeAt(end - 1) !== 10) return end;
    const cr = src.charCodeAt(end - 2) === 13 ? 1 : 0;
    if (src.charCodeAt(end - 2 - cr) !== 92) return end;
    end -= 2 + cr;
  }
}
function partValue(p) {
  switch (p.type) {
    case "Literal":
      return unquoted(src.slice(p.pos, p.end));
    case "Glob":
    case "BraceExpansion":
    case "ExtendedGlob":
      if (p.parts) {
        for (const c of p.parts) if (partValue(c) === null) return null;
      }
      return unquoted(src.slice(p.pos, p.end));
    case "SingleQuoted":
      return src.slice(p.pos + 1, p.end - 1);
    case "DoubleQuoted": {
      for (const c of p.parts) if (c.type !== "Literal") return null;
      const inner = src.slice(p.pos + 1, p.end - 1);
      return inner.indexOf("\\") < 0 ? inner : inner.replace(/\\([$`"\\\n])/g, "$1");
    }
    default:
      return null;
  }
}
function unquoted(text) {
  return text.indexOf("\\") < 0 ? text : text.replace(/\\(\r?\n)/g, "").replace(/\\(.)/g, "$1");
}
function assignmentWord(a) {
  const v = a.value;
  const nameText = src.slice(a.pos, v.pos - (a.append ? 2 : 1));
  let value;
  if (v.type === "ArrayValue") {
    cover(a.pos, v.pos + 1);
    for (const e of v.elements) nested(e);
    value = src.slice(v.pos, v.end);
  } else {
    cover(a.pos, v.pos);
    value = v.pos === v.end ? "" : word(v).value ?? src.slice(v.pos, v.end);
  }
  return { text: src.slice(a.pos, a.end), value: `${nameText}=${value}`, start: base + a.pos, end: base + a.end };
}
function assignmentAsWord(a) {
  const v = a.value;
  const head = src.slice(a.pos, v.pos);
  cover(a.pos, v.pos);
  let value = unquoted(head);
  if (v.type === "ArrayValue") {
    for (const e of v.elements) nested(e);
    value = null;
  } else if (v.pos < v.end) {
    const inner = word(v).value;
    value = inner === null ? null : value + inner;
  }
  return { text: src.slice(a.pos, a.end), value, start: base + a.pos, end: base + a.end };
}
function nested(w) {
  cover(w.pos, w.end);
  if (w.parts) for (const p of w.parts) nestedPart(p);
}
function nestedPart(p) {
  switch (p.type) {
    case "Literal":
    case "SingleQuoted":
    case "AnsiCQuoted":
    case "SimpleExpansion":
      return;
    case "CommandExpansion":
      out.nodeTypes.add("command_substitution");
      subscript(p.pos, p.end, p.script);
      return;
    case "ProcessSubstitution":
      out.nodeTypes.add("process_substitution");
      subscript(p.pos, p.end, p.script);
      return;
    default:
      nestedIn(p);
  }
}
function subscript(start, end, script) {
  if (wantComments) holes.push(start, end);
  if (!script) return;
  if (script.errors?.length) out.hasError = true;
  if (script.source === void 0) {
    statementList(script.commands, false, false);
    return;
  }
  const [outerSrc, outerBase, outerWant] = [src, base, wantComments];
  const inner = outerSrc.slice(start + 1, end - 1);
  const ast = parse(inner);
  if (ast.errors?.length) out.hasError = true;
  src = inner;
  base = outerBase + start + 1;
  wantComments = false;
  try {
    statementList(ast.commands, false, false);
  } finally {
    [src, base, wantComments] = [outerSrc, outerBase, outerWant];
  }
}
function nestedIn(n) {
  forEachChild(n, (child) => {
    switch (child.type) {
      case "CommandExpansion":
      case "ProcessSubstitution":
        nestedPart(child);
        return;
      case "ArithmeticCommandExpansion":
        out.nodeTypes.add("command_substitution");
        subscript(child.pos, child.end, child.script);
        return;
      case "Script":
        return;
      default:
        nestedIn(child);
    }
  });
}
function commandName(cmd) {
  const first = cmd.words[0];
  if (!first || first.value === null) return null;
  const slash = first.value.lastIndexOf("/");
  return slash >= 0 ? first.value.slice(slash + 1) : first.value;
}

// src/document.ts
var RAW_ARGUMENTS = /* @__PURE__ */ Symbol("dockerfix.rawArguments");
var proto = import_dockerfile_ast.Instruction.prototype;
function tokenizeArguments() {
  const args = [];
  const document = this.document;
  const escapeChar = this.escapeChar;
  const range = this.getInstructionRange();
  const extra = document.offsetAt(range.end) - document.offsetAt(range.start);
  const content = this.getTextContent();
  const fullArgs = content.substring(extra);
  const offset = document.offsetAt(range.start) + extra;
  const argument = (value2, from, to) => new import_argument.Argument(value2, { start: document.positionAt(offset + from), end: document.positionAt(offset + to) });
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let head = "";
  let runFrom = 0;
  let runTo = 0;
  const add = (k) => {
    if (k === runTo && runFrom !== runTo) {
      runTo++;
      return;
    }
    if (runFrom !== runTo) head += fullArgs.slice(runFrom, runTo);
    runFrom = k;
    runTo = k + 1;
  };
  const value = () => runFrom === runTo ? head : head + fullArgs.slice(runFrom, runTo);
  const reset = () => {
    head = "";
    runFrom = runTo = 0;
  };
  for (let i = 0; i < fullArgs.length; i++) {
    const char = fullArgs.charAt(i);
    if (char === " " || char === "	" || char === "\r" || char === "\n") {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === "\r" || char === "\n") {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        args.push(argument(value(), found, escapeMarker === -1 ? i : escapeMarker));
        escapeMarker = -1;
        reset();
        found = -1;
      }
    } else if (char === escapeChar) {
      const next = fullArgs.charAt(i + 1);
      if (next === " " || next === "	") {
        whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
          switch (fullArgs.charAt(j)) {
            case " ":
            case "	":
              continue;
            case "\r":
              j++;
            // falls through
            case "\n":
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === "\r") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === "\n") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push(argument(value(), found, escapeMarker));
          reset();
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === "$") {
          add(i);
          add(i + 1);
        } else if (next === "") {
          break;
        } else {
          add(i + 1);
        }
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === "#") {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push(argument(value(), found, escapeMarker));
          reset();
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        add(i);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) args.push(argument(value(), found, escapeMarker === -1 ? fullArgs.length : escapeMarker));
  return args;
}
var dockerfileAstTokenize = proto.getRawArguments;
var tokenize = tokenizeArguments;
proto.getRawArguments = function memoized() {
  const args = this[RAW_ARGUMENTS] ??= tokenize.call(this);
  return args.slice();
};
var isInside = (p, r) => r.start.line === r.end.line ? r.start.line === p.line && r.start.character <= p.character && p.character <= r.end.character : r.start.line === p.line ? r.start.character <= p.character : r.end.line === p.line ? p.character <= r.end.character : r.start.line < p.line && p.line < r.end.line;
var dockerfileProto = Object.getPrototypeOf(import_dockerfile_ast.DockerfileParser.parse(""));
dockerfileProto.organizeComments = function organizeComments() {
  const comments = this.getComments();
  if (comments.length === 0) return;
  const initial = this.initialInstructions.getRange();
  const stages = this.buildStages.map((s) => ({ stage: s, range: s.getRange() }));
  for (const comment of comments) {
    const range = comment.getRange();
    if (isInside(range.end, initial)) {
      this.initialInstructions.addComment(comment);
      continue;
    }
    let lo = 0;
    let hi = stages.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (stages[mid].range.start.line <= range.start.line) lo = mid + 1;
      else hi = mid;
    }
    const s = stages[lo - 1];
    if (s && isInside(range.start, s.range)) s.stage.addComment(comment);
  }
};
var LAST_CREATED = /* @__PURE__ */ Symbol("dockerfix.lastCreated");
var parserProto = import_parser.Parser.prototype;
var createInstruction = parserProto.createInstruction;
parserProto.createInstruction = function reuse(dockerfile, instruction, start, instructionEnd, end) {
  const last = this[LAST_CREATED];
  if (last && last.start === start && last.end === end && last.instructionEnd === instructionEnd && last.instruction === instruction && last.dockerfile === dockerfile) {
    this[LAST_CREATED] = void 0;
    return last.made;
  }
  const made = createInstruction.call(this, dockerfile, instruction, start, instructionEnd, end);
  this[LAST_CREATED] = { dockerfile, instruction, start, instructionEnd, end, made };
  return made;
};
var KNOWN_KEYWORDS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var EXEC_FORM = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL"]);
var WINDOWS_IMAGE = /(^|[/:_-])(windows|nanoserver|servercore|windowsservercore)([:/@_-]|$)|mcr\.microsoft\.com\/(windows|powershell|dotnet\/framework)|microsoft\/(iis|aspnet|dotnet-framework)|(^|\/)powershell(:|$)|chocolatey/i;
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
function computeLineStarts(text) {
  const starts = [0];
  if (text.indexOf("\r") < 0) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
var recentDocs = /* @__PURE__ */ new Map();
function remember(text, doc) {
  if (recentDocs.size >= 8) recentDocs.delete(recentDocs.keys().next().value);
  recentDocs.set(text, doc);
  return doc;
}
function parseDocumentCached(text) {
  return recentDocs.get(text) ?? remember(text, parseDocument(text));
}
function parseDocument(text) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  const body3 = bom ? text.slice(1) : text;
  const ast = import_dockerfile_ast.DockerfileParser.parse(body3);
  const { raws, comments } = readAst(ast, text, bom, computeLineStarts(body3));
  return assemble(text, bom, ast.getEscapeCharacter(), raws, comments);
}
function readAst(ast, text, base2, lineStarts, skip = 0, length = text.length - base2) {
  const toOffset = (pos) => base2 - skip + (pos.line < lineStarts.length ? lineStarts[pos.line] + pos.character : length + skip);
  const raws = [];
  let nextMarker = -1;
  for (const node2 of ast.getInstructions()) {
    const keyword = node2.getKeyword().toUpperCase();
    const range = node2.getRange();
    const start = toOffset(range.start);
    const end = toOffset(range.end);
    const flags = readFlags(node2, toOffset);
    const args = node2.getArguments().map((a) => ({ value: a.getValue(), start: toOffset(a.getRange().start), end: toOffset(a.getRange().end) }));
    const argsStart = args.length ? args[0].start : end;
    const argsEnd = args.length ? args[args.length - 1].end : end;
    if (nextMarker < start) nextMarker = text.indexOf("<<", start) >>> 0;
    const heredocs = hasHeredocs(node2) && nextMarker + 2 <= end ? node2.getHeredocs() : [];
    const json = EXEC_FORM.has(keyword) && isExecForm(text.slice(argsStart, argsEnd), keyword, ast.getEscapeCharacter());
    raws.push({ keyword, start, end, flags, args, argsStart, argsEnd, json, heredoc: heredocs.length > 0, blankHeredoc: heredocs.some((h) => h.getName() === "") });
  }
  const comments = ast.getComments().map((c) => ({ start: toOffset(c.getRange().start), end: toOffset(c.getRange().end) }));
  return { raws, comments };
}
function isExecForm(raw, keyword, escape) {
  if (!raw.trimStart().startsWith("[")) return false;
  if (keyword === "SHELL") return true;
  const lineEnd2 = escape === "`" ? /`[ \t]*$/ : /\\[ \t]*$/;
  const joined = raw.split(/\r\n|\n|\r/).filter((l, i) => i === 0 || !/^\s*(#|$)/.test(l)).map((l) => l.replace(lineEnd2, "")).join("");
  for (const t of [joined, raw]) {
    try {
      JSON.parse(t);
      return true;
    } catch {
    }
  }
  return false;
}
function assemble(text, bom, escape, raws, rawComments) {
  const body3 = bom ? text.slice(1) : text;
  const lineStarts = computeLineStarts(body3);
  const lineOf = (offset) => lineAt(lineStarts, offset - bom);
  const eol = /\r\n/.test(body3.slice(0, body3.indexOf("\n") + 1 || body3.length)) ? "\r\n" : "\n";
  const instructions = [];
  const stages = [];
  let runsUnreliable = null;
  let stageIndex = -1;
  const globalArgs3 = /* @__PURE__ */ new Map();
  const stageNamed = /* @__PURE__ */ new Map();
  for (const raw of raws) {
    const { keyword, start, end, args } = raw;
    const line = lineOf(start);
    if (!KNOWN_KEYWORDS.has(keyword) && !runsUnreliable) {
      runsUnreliable = `line ${line} reads as an unknown instruction "${keyword}" (likely a heredoc body the parser did not recognise)`;
    }
    if (keyword === "FROM") stageIndex++;
    if (raw.blankHeredoc && !runsUnreliable) {
      runsUnreliable = `line ${line} has a heredoc marker with a space after "<<", which the parser does not read as a heredoc`;
    }
    const instruction = {
      index: instructions.length,
      keyword,
      start,
      end,
      line,
      endLine: lineOf(end),
      text: text.slice(start, end),
      stage: Math.max(stageIndex, 0),
      flags: raw.flags,
      args,
      argsStart: raw.argsStart,
      argsEnd: raw.argsEnd,
      json: raw.json,
      heredoc: raw.heredoc,
      shell: null,
      posixShell: true
    };
    instructions.push(instruction);
    if (keyword === "ARG" && stageIndex < 0) {
      for (const a of args) {
        const eq = a.value.indexOf("=");
        if (eq > 0) globalArgs3.set(a.value.slice(0, eq), a.value.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2"));
      }
    }
    if (keyword === "FROM") {
      const image = args.find((a) => !a.value.startsWith("--"))?.value ?? "";
      const resolved = image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n, d) => globalArgs3.get(n) ?? d ?? "$");
      const asIndex = args.findIndex((a) => a.value.toLowerCase() === "as");
      const name = asIndex >= 0 && args[asIndex + 1] ? args[asIndex + 1].value.toLowerCase() : null;
      const parent = stageNamed.get(image.toLowerCase());
      stages.push({
        index: stages.length,
        name,
        image,
        from: instruction,
        instructions: [],
        // An image we cannot resolve in a file using the backtick escape (a Windows convention) is taken as Windows.
        posixShell: parent ? parent.posixShell : !(WINDOWS_IMAGE.test(resolved) || resolved.includes("$") && escape === "`")
      });
    }
    const stage = stages[stages.length - 1];
    if (keyword === "FROM" && stage.name !== null && !stageNamed.has(stage.name)) stageNamed.set(stage.name, stage);
    if (stage) {
      stage.instructions.push(instruction);
      if (keyword === "SHELL") stage.posixShell = isPosixShell(args.map((a) => a.value).join(" "));
      instruction.posixShell = stage.posixShell;
    }
  }
  const doc = {
    text,
    bom,
    escape,
    eol,
    instructions,
    stages,
    comments: rawComments.map(({ start, end }) => ({ start, end, line: lineOf(start), text: text.slice(start, end) })),
    runsUnreliable,
    lineStarts: bom ? lineStarts.map((s) => s + bom) : lineStarts,
    offsetOfLine: (line) => line - 1 < lineStarts.length ? lineStarts[line - 1] + bom : text.length,
    lineOf
  };
  for (const instruction of instructions) {
    if (instruction.keyword === "RUN") instruction.shell = runShell(doc, instruction);
  }
  return doc;
}
function parseDocumentAfter(prev, text, edits) {
  const known = recentDocs.get(text);
  if (known) return known;
  const doc = reparse(prev, text, edits) ?? parseDocument(text);
  if (CHECK_REPARSE) checkReparse(doc, text);
  return remember(text, doc);
}
var CHECK_REPARSE = process.env.DOCKERFIX_CHECK_REPARSE === "1";
function reparse(prev, text, edits) {
  const list = prev.instructions;
  if (prev.bom || prev.runsUnreliable || list.length === 0 || edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted[0].start < list[0].start || sorted.some((e) => e.text.includes("<<"))) return null;
  if (list.some((i) => i.heredoc)) return null;
  const old = prev.text;
  const lineStartOf = (offset) => prev.lineStarts[prev.lineOf(offset) - 1];
  const lineEndOf = (offset) => {
    const line = prev.lineOf(offset);
    return line < prev.lineStarts.length ? prev.lineStarts[line] : old.length;
  };
  const regions = [];
  let k = 0;
  for (const e of sorted) {
    let start = e.start;
    let end = e.end;
    const last = regions[regions.length - 1];
    if (last && start <= last.end) {
      start = last.start;
      regions.pop();
    }
    for (; ; ) {
      const s = lineStartOf(start);
      const t = lineEndOf(Math.max(end - 1, start));
      let ns = s;
      let ne = Math.max(t, end);
      while (k > 0 && list[k - 1].end >= ns) k--;
      while (k < list.length && list[k].end < ns) k++;
      for (let j = k; j < list.length && list[j].start <= ne; j++) {
        if (list[j].end >= ns) {
          ns = Math.min(ns, list[j].start);
          ne = Math.max(ne, list[j].end);
        }
      }
      if (ns === start && ne === end) break;
      start = ns;
      end = ne;
    }
    const before = regions[regions.length - 1];
    if (before && start <= before.end) regions[regions.length - 1] = { start: before.start, end: Math.max(before.end, end) };
    else regions.push({ start, end });
  }
  const prefix = `# escape=${prev.escape}

`;
  const raws = [];
  const comments = [];
  let delta = 0;
  let ei = 0;
  let ii = 0;
  let ci = 0;
  const keep = (from, to) => {
    for (; ii < list.length && list[ii].start < to; ii++) {
      const i = list[ii];
      if (i.start < from) continue;
      raws.push({
        keyword: i.keyword,
        start: i.start + delta,
        end: i.end + delta,
        flags: delta ? i.flags.map((f) => ({ ...f, start: f.start + delta, end: f.end + delta })) : i.flags,
        args: delta ? i.args.map((a) => ({ ...a, start: a.start + delta, end: a.end + delta })) : i.args,
        argsStart: i.argsStart + delta,
        argsEnd: i.argsEnd + delta,
        json: i.json,
        heredoc: false,
        blankHeredoc: false
      });
    }
    for (; ci < prev.comments.length && prev.comments[ci].start < to; ci++) {
      const c = prev.comments[ci];
      if (c.start >= from) comments.push({ start: c.start + delta, end: c.end + delta });
    }
  };
  let at = 0;
  for (const region of regions) {
    keep(at, region.start);
    while (ii < list.length && list[ii].start < region.end) ii++;
    while (ci < prev.comments.length && prev.comments[ci].start < region.end) ci++;
    const newStart = region.start + delta;
    for (; ei < sorted.length && sorted[ei].start < region.end; ei++) delta += sorted[ei].text.length - (sorted[ei].end - sorted[ei].start);
    for (; ei < sorted.length && sorted[ei].start === region.end; ei++) delta += sorted[ei].text.length - (sorted[ei].end - sorted[ei].start);
    const newEnd = region.end + delta;
    const slice = text.slice(newStart, newEnd);
    if (endsContinued(slice, prev.escape)) return null;
    const source = prefix + slice;
    const ast = import_dockerfile_ast.DockerfileParser.parse(source);
    if (ast.getEscapeCharacter() !== prev.escape) return null;
    const read = readAst(ast, text, newStart, computeLineStarts(source), prefix.length, slice.length);
    raws.push(...read.raws);
    comments.push(...read.comments);
    at = region.end;
  }
  keep(at, Infinity);
  if (ei !== sorted.length) return null;
  return assemble(text, 0, prev.escape, raws, comments);
}
function endsContinued(s, escape) {
  let i = s.length - 1;
  while (i >= 0 && (s[i] === "\n" || s[i] === "\r" || s[i] === " " || s[i] === "	")) i--;
  return i >= 0 && s[i] === escape;
}
function checkReparse(doc, text) {
  const full = parseDocument(text);
  const view = (d) => JSON.stringify({
    instructions: d.instructions.map(({ shell, ...i }) => ({ ...i, shell: shell && { ...shell, script: shell.script && { ...shell.script, nodeTypes: [...shell.script.nodeTypes].sort() } } })),
    stages: d.stages.map((s) => ({ ...s, from: s.from.index, instructions: s.instructions.map((i) => i.index) })),
    comments: d.comments,
    runsUnreliable: d.runsUnreliable,
    escape: d.escape,
    eol: d.eol,
    bom: d.bom,
    lineStarts: d.lineStarts
  });
  if (view(doc) !== view(full)) throw new Error(`dockerfix: the region parse differs from the whole parse of:
${text}`);
}
function hasHeredocs(node2) {
  return typeof node2.getHeredocs === "function";
}
function readFlags(node2, toOffset) {
  const getFlags = node2.getFlags;
  if (typeof getFlags !== "function") return [];
  return getFlags.call(node2).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    start: toOffset(f.getRange().start),
    end: toOffset(f.getRange().end)
  }));
}
function isPosixShell(shellArgs) {
  const m = /^\s*\[\s*"([^"]+)"/.exec(shellArgs);
  const program2 = (m ? m[1] : shellArgs.trim().split(/\s+/)[0] ?? "").toLowerCase().replace(/\\/g, "/");
  const name = program2.slice(program2.lastIndexOf("/") + 1);
  return ["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"].includes(name);
}
function runShell(doc, ins) {
  const start = ins.argsStart;
  const end = ins.argsEnd;
  const shell = { start, end, script: null, opaqueReason: null };
  if (ins.json) shell.opaqueReason = "exec-form (JSON) RUN";
  else if (ins.heredoc) shell.opaqueReason = "RUN uses a heredoc";
  else if (!ins.posixShell) shell.opaqueReason = "the stage does not run RUN with a POSIX shell (Windows image or SHELL)";
  else if (doc.runsUnreliable) shell.opaqueReason = doc.runsUnreliable;
  if (shell.opaqueReason) return shell;
  const prepared = shellSource(doc.text.slice(start, end), doc.escape);
  if (prepared === null) {
    shell.opaqueReason = "RUN has an empty line inside a continuation";
    return shell;
  }
  shell.script = parseShell(prepared, start);
  if (shell.script.hasError) shell.opaqueReason = "the shell parser cannot read this RUN";
  return shell;
}
var CONTINUATION = /* @__PURE__ */ new Map();
function shellSource(raw, escape) {
  if (raw.indexOf("\n") < 0 && raw.indexOf("\r") < 0) return raw;
  const lines = computeLineStarts(raw);
  let continuation = CONTINUATION.get(escape);
  if (!continuation) CONTINUATION.set(escape, continuation = new RegExp(`${escapeRe(escape)}[ \\t]*$`));
  let out2 = "";
  let continued = false;
  for (let li = 0; li < lines.length; li++) {
    const ls = lines[li];
    const next = li + 1 < lines.length ? lines[li + 1] : raw.length;
    let contentEnd = next;
    while (contentEnd > ls && (raw[contentEnd - 1] === "\n" || raw[contentEnd - 1] === "\r")) contentEnd--;
    const line = raw.slice(ls, contentEnd);
    const hasLf = next > ls && raw[next - 1] === "\n";
    const blankFrom = (from) => `${raw.slice(ls, from)}${" ".repeat(next - 2 - from)}\\
`;
    if (continued && (/^\s*#/.test(line) || line.trim() === "")) {
      if (!hasLf) return null;
      if (next - 2 < ls) {
        if (!out2.endsWith("\\\n")) return null;
        out2 = `${out2.slice(0, -2)} \\
`;
        continue;
      }
      out2 += blankFrom(ls);
      continue;
    }
    const m = continuation.exec(line);
    if (m && li + 1 < lines.length) {
      if (!hasLf) return null;
      out2 += blankFrom(ls + m.index);
      continued = true;
    } else {
      continued = false;
      const text = raw.slice(ls, next);
      out2 += text.indexOf("\r") < 0 ? text : text.replace(/\r/g, " ");
    }
  }
  return out2;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var parentsOf = /* @__PURE__ */ new WeakMap();
function stageParents(doc) {
  let parents = parentsOf.get(doc);
  if (!parents) {
    const byName = /* @__PURE__ */ new Map();
    for (const s of doc.stages) if (s.name !== null && !byName.has(s.name)) byName.set(s.name, s);
    parents = doc.stages.map((stage) => {
      const parent = byName.get(stage.image.toLowerCase());
      return parent !== void 0 && parent.index < stage.index ? parent : void 0;
    });
    parentsOf.set(doc, parents);
  }
  return parents;
}
function parentStage(doc, stage) {
  return stageParents(doc)[stage.index];
}

// src/engine.ts
import crypto, { createHash } from "node:crypto";

// src/context.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path from "node:path";
function openContext(dir, dockerfileName = "Dockerfile") {
  let stat;
  try {
    stat = fs.statSync(dir);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return null;
  const candidates = [`${dockerfileName}.dockerignore`, ".dockerignore"];
  let matcher = null;
  let hasDockerignore = false;
  for (const name of candidates) {
    const text = readText(path.join(dir, name));
    if (text !== null) {
      matcher = (0, import_ignore.default)().add(dockerignoreToGitignore(text));
      hasDockerignore = true;
      break;
    }
  }
  const normalize = (p) => path.posix.normalize(p.replace(/\\/g, "/")).replace(/^(\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  const ignored = (relPath) => {
    const p = normalize(relPath);
    if (!matcher || p === "" || p === ".") return false;
    try {
      return matcher.ignores(p);
    } catch {
      return false;
    }
  };
  return {
    dir,
    hasDockerignore,
    ignored,
    has(relPath) {
      const p = normalize(relPath);
      if (p.startsWith("..")) return false;
      if (ignored(p)) return false;
      return fs.existsSync(path.join(dir, p));
    },
    read(relPath) {
      const p = normalize(relPath);
      if (p.startsWith("..") || ignored(p)) return null;
      return readText(path.join(dir, p));
    },
    list(relDir) {
      try {
        return fs.readdirSync(path.join(dir, normalize(relDir) || "."));
      } catch {
        return [];
      }
    }
  };
}
function readText(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function dockerignoreToGitignore(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")).map((line) => {
    const negated = line.startsWith("!");
    let pattern = (negated ? line.slice(1) : line).trim();
    pattern = path.posix.normalize(pattern).replace(/^\/+/, "").replace(/^\.\//, "");
    if (pattern === "." || pattern === "") return null;
    return `${negated ? "!" : ""}/${pattern}`;
  }).filter((l) => l !== null).join("\n");
}

// src/ignore.ts
function ruleName(rule) {
  return `the dockerfix-ignore${rule.file ? "-file" : ""} comment at line ${rule.line}`;
}
var DIRECTIVE = /^#\s*dockerfix-ignore(-file)?(?:\s*[:=]\s*|\s+|$)(.*)$/;
function readIgnores(doc, passIds) {
  const ignores = { file: [], byInstruction: /* @__PURE__ */ new Map(), problems: [] };
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((n) => !passIds.includes(n));
    if (unknown.length) {
      ignores.problems.push({ line: comment.line, reason: `the dockerfix-ignore comment at line ${comment.line} names no pass "${unknown.join('", "')}" (passes: ${passIds.join(", ")}); it is not obeyed` });
      continue;
    }
    const rule = { line: comment.line, passes: names.length ? new Set(names) : null, file: Boolean(m[1]) };
    if (m[1]) {
      ignores.file.push(rule);
      continue;
    }
    const target = instructionFor(doc, comment.start, comment.end);
    if (!target) {
      ignores.problems.push({ line: comment.line, reason: `the dockerfix-ignore comment at line ${comment.line} is not directly above an instruction (a blank line or the end of the file follows it); it is not obeyed` });
      continue;
    }
    const list = ignores.byInstruction.get(target) ?? [];
    list.push(rule);
    ignores.byInstruction.set(target, list);
  }
  return ignores;
}
function instructionFor(doc, start, end) {
  const inside = doc.instructions.find((ins) => ins.start <= start && start < ins.end);
  if (inside) return inside;
  const next = doc.instructions.find((ins) => ins.start >= end);
  if (!next) return null;
  const between = doc.text.slice(end, next.start).split(/\r?\n|\r/).slice(1, -1);
  return between.every((l) => l.trim().startsWith("#")) && doc.text.slice(end, next.start).split(/\r?\n|\r/).slice(-1)[0].trim() === "" ? next : null;
}
function ignoredBy(ignores, ins, pass) {
  const covers2 = (r) => r.passes === null || r.passes.has(pass);
  return ignores.file.find(covers2) ?? (ins ? ignores.byInstruction.get(ins)?.find(covers2) : void 0) ?? null;
}

// src/pass.ts
function instructionName(ctx, ins) {
  if (!ctx.written?.(ins.start)) return `line ${ins.line}`;
  const first = ctx.doc.text.slice(ins.start, ins.end).split(/\r?\n/)[0].replace(/[ \t]*[\\`]?$/, "");
  return `\`${first.length > 60 ? `${first.slice(0, 57)}...` : first}\` (written there by an earlier change)`;
}

// src/shell/query.ts
var SUDO_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "--user", "--group"]);
function basename(value) {
  const slash = value.lastIndexOf("/");
  return slash >= 0 ? value.slice(slash + 1) : value;
}
function invocation(cmd) {
  const env = /* @__PURE__ */ new Map();
  for (const a of cmd.assignments) {
    const v = a.value;
    const eq = a.text.indexOf("=");
    if (eq > 0) env.set(a.text.slice(0, eq), v === null ? null : v.slice(v.indexOf("=") + 1));
  }
  const words = cmd.words;
  let i = 0;
  let runsAsOtherUser = false;
  while (i < words.length) {
    const w = words[i];
    if (w.value === null) return null;
    const name = basename(w.value);
    if (name === "sudo" || name === "doas") {
      i++;
      while (i < words.length && words[i].value?.startsWith("-")) {
        const flag = words[i].value;
        if (flag === "-u" || flag.startsWith("--user") || flag.startsWith("-u")) runsAsOtherUser = true;
        if (SUDO_FLAGS_WITH_VALUE.has(flag)) i++;
        i++;
      }
      continue;
    }
    if (name === "env") {
      i++;
      while (i < words.length) {
        const v = words[i].value;
        if (v === null) return null;
        if (v.startsWith("-")) {
          i++;
          continue;
        }
        const eq = v.indexOf("=");
        if (eq > 0) {
          env.set(v.slice(0, eq), v.slice(eq + 1));
          i++;
          continue;
        }
        break;
      }
      continue;
    }
    if (name === "nice" || name === "ionice" || name === "nohup" || name === "time" || name === "command" || name === "exec" || name === "eatmydata" || name === "stdbuf") {
      i++;
      while (i < words.length && words[i].value?.startsWith("-")) i++;
      continue;
    }
    if (name === "gosu" || name === "su-exec" || name === "runuser" || name === "setpriv" || name === "chroot") {
      runsAsOtherUser = true;
      i += 2;
      continue;
    }
    break;
  }
  const head = words[i];
  if (!head || head.value === null) return null;
  return {
    cmd,
    name: basename(head.value),
    args: words.slice(i + 1),
    wrappers: words.slice(0, i),
    env,
    runsAsOtherUser
  };
}
function positionals(args, flagsWithValue = /* @__PURE__ */ new Set()) {
  const out2 = [];
  let flagsDone = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (!flagsDone && v === "--") {
      flagsDone = true;
      continue;
    }
    if (!flagsDone && v !== null && v.startsWith("-") && v.length > 1) {
      if (flagsWithValue.has(v)) i++;
      continue;
    }
    out2.push(args[i]);
  }
  return out2;
}
function subcommand(args, flagsWithValue = /* @__PURE__ */ new Set()) {
  const first = positionals(args, flagsWithValue)[0];
  return first?.value ?? null;
}
var PLAIN_STATEMENTS = /* @__PURE__ */ new Set(["command", "pipeline", "redirected_statement", "variable_assignment", "variable_assignments", "declaration_command", "negated_command"]);
var RESERVED = /^\s*(if|case|for|while|until|select|function|\{|\[\[|\(\()(\s|$)/;
function runsUnconditionally(script, offset) {
  const statement2 = script.statements.find((st) => st.start <= offset && offset < st.end);
  if (!statement2 || statement2.before === "||") return false;
  const text = script.source.slice(statement2.start - script.base, statement2.end - script.base);
  if (statement2.type === "subshell") {
    const open = text.indexOf("(");
    const close = text.lastIndexOf(")");
    if (open < 0 || close <= open) return false;
    const inner = parseShell(text.slice(open + 1, close), statement2.start + open + 1);
    return !inner.hasError && runsUnconditionally(inner, offset);
  }
  return PLAIN_STATEMENTS.has(statement2.type) && !RESERVED.test(text);
}

// transforms/merge-runs.ts
var STATEFUL = /* @__PURE__ */ new Set([
  "cd",
  "pushd",
  "popd",
  "export",
  "set",
  "source",
  ".",
  "umask",
  "alias",
  "unalias",
  "shopt",
  "unset",
  "trap",
  "ulimit",
  "declare",
  "typeset",
  "readonly",
  "local",
  "hash",
  "enable",
  "eval",
  "exec",
  "exit",
  "builtin",
  "shift",
  "getopts",
  "read",
  "return",
  "wait",
  "let",
  "mapfile",
  "readarray"
]);
var ASSIGNING_EXPANSION = /\$\{[A-Za-z_][A-Za-z0-9_]*:?=/;
var DAEMON_STARTERS = /* @__PURE__ */ new Set([
  "nohup",
  "setsid",
  "service",
  "start-stop-daemon",
  "rc-service",
  "supervisord",
  "daemon",
  "daemonize",
  "invoke-rc.d",
  "mysqld_safe"
]);
var STARTS_WITH_ARG = /^(pg_ctl|pg_ctlcluster|apachectl|apache2ctl|redis-server|mongod|rabbitmq-server|\/etc\/(rc\.d\/)?init\.d\/.+)$/;
var DAEMON_ARGS = /* @__PURE__ */ new Set(["start", "restart", "--fork", "--daemonize", "-detached"]);
var SYSTEMCTL_STARTS = /* @__PURE__ */ new Set(["start", "restart", "try-restart", "reload-or-restart", "try-reload-or-restart", "isolate", "--now"]);
var SSH_AGENT_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-a", "-E", "-O", "-P", "-t"]);
function forksSshAgent(words) {
  for (let i = 1; i < words.length; i++) {
    const v = words[i].value;
    if (v === null || !v.startsWith("-") || v === "-k" || v === "-d" || v === "-D") return false;
    if (SSH_AGENT_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return true;
}
var SHELL_WRITERS = /* @__PURE__ */ new Set(["ln", "cp", "mv", "rm", "install", "update-alternatives", "dpkg-divert", "apk", "busybox"]);
var COMPOUND = ["for_statement", "c_style_for_statement", "while_statement", "if_statement", "case_statement", "compound_statement", "subshell", "function_definition"];
var mergeRuns = {
  id: "merge-runs",
  description: "merge consecutive RUN instructions into one layer",
  defaultEnabled: true,
  // Before cache-cleanup (its cleanup then lands at the end of the merged RUN), after passes that move or remove
  // instructions (copy-chown, deps-first), which a merge would otherwise fold away first.
  priority: 90,
  run(ctx) {
    const { doc } = ctx;
    const changes = [];
    const skipped = [];
    let group = [];
    const flush = () => {
      if (group.length > 1) changes.push(mergeGroup(ctx, group));
      group = [];
    };
    const leftAlone = (ins) => ins !== void 0 && ctx.ignored?.(ins, "merge-runs") != null;
    for (let i = 0; i < doc.instructions.length; i++) {
      const ins = doc.instructions[i];
      const prev = doc.instructions[i - 1];
      if (ins.keyword !== "RUN") {
        flush();
        continue;
      }
      const rule = ctx.ignored?.(ins, "merge-runs");
      if (rule) {
        if (prev?.keyword === "RUN" || doc.instructions[i + 1]?.keyword === "RUN") {
          skipped.push({ line: ins.line, reason: `left as its own RUN: ${ruleName(rule)} asks so` });
        }
        flush();
        continue;
      }
      if (!prev || prev.keyword !== "RUN" || prev.stage !== ins.stage || leftAlone(prev)) {
        flush();
        group = [ins];
        continue;
      }
      let prevLine;
      const partLine = () => prevLine ??= lastPartLine(ctx, prev);
      const why = linterDirectiveBetween(doc, prev, ins) ?? cannotJoin(doc, prev, ins);
      if (why) {
        skipped.push({ line: ins.line, reason: `not merged with the RUN at line ${partLine()}: ${why}` });
        flush();
        group = [ins];
      } else {
        if (group.length === 0) group = [prev];
        group.push(ins);
      }
    }
    flush();
    return { changes, skipped };
  }
};
function flagList(ins) {
  return ins.flags.map((f) => `--${f.name}${f.value === null ? "" : `=${f.value}`}`);
}
function flagsKey(ins) {
  return ins.flags.map((f) => `--${f.name}=${f.value ?? ""}`).sort().join(" ");
}
function errexit(doc, ins) {
  for (const c of ins.shell.script.commands) {
    if (commandName(c) !== "set") continue;
    const args = c.words.slice(1).map((w) => w.value ?? "");
    if (args.some((a, i) => /^-[a-zA-Z]*e/.test(a) || a === "errexit" && args[i - 1] === "-o")) return "`set -e`";
  }
  const stage = doc.stages[ins.stage];
  const shell = stage?.instructions.filter((i) => i.keyword === "SHELL" && i.start < ins.start).pop();
  if (shell && shell.args.some((a, i, all) => /^"?-[a-zA-Z]*e[a-zA-Z]*"?,?$/.test(a.value) || /errexit/.test(a.value) && /-o/.test(all[i - 1]?.value ?? ""))) {
    return `its SHELL (line ${shell.line}) with -e`;
  }
  return null;
}
var LINTER_DIRECTIVE = /^#\s*(hadolint\s+\S|checkov:skip|trivy:ignore|kics-scan\s|nosemgrep|tfsec:ignore)/i;
function linterDirectiveBetween(doc, prev, next) {
  const directive = commentsBetween(doc, prev.end, next.start).find((c) => LINTER_DIRECTIVE.test(c.text.trim()));
  if (!directive) return null;
  return `the linter directive at line ${directive.line} ("${directive.text.trim()}") applies to the RUN below it; merged, it would sit inside the RUN's body, where it no longer applies`;
}
function lastPartLine(ctx, ins) {
  const written = ctx.written;
  const statements = ins.shell?.script?.statements;
  if (!written || !statements) return ins.line;
  for (let i = statements.length - 1; i > 0; i--) {
    let at = statements[i].start;
    while (at < statements[i].end && written(at)) at++;
    if (at < statements[i].end && written(at - 1)) return ctx.doc.lineOf(at);
  }
  return ins.line;
}
function cannotJoin(doc, prev, next) {
  for (const ins of [prev, next]) {
    const which = ins === prev ? "that RUN" : "this RUN";
    if (!ins.shell?.script) return ins.shell?.opaqueReason ?? "RUN has no shell command";
    if (ins.shell.script.nodeTypes.has("comment")) return `${which} has a shell comment; joining could comment out the next command`;
    if (ins.shell.start >= ins.shell.end) return `${which} is empty`;
  }
  if (flagsKey(prev) !== flagsKey(next)) {
    const [a, b] = [flagList(prev), flagList(next)];
    const only = (x, y) => x.filter((f) => !y.includes(f)).map((f) => `\`${f}\``).join(", ") || "none";
    return `their flags differ (that RUN: ${only(a, b)}; this RUN: ${only(b, a)}); merging would change their scope`;
  }
  const script = prev.shell.script;
  const st = script.statements;
  const isSet = (at) => script.commands.some((c) => c.start === at && commandName(c) === "set");
  const relies = COMPOUND.some((t) => script.nodeTypes.has(t)) || st.some((s, i) => i + 1 < st.length && (st[i + 1].before === ";" || st[i + 1].before === "\n" || st[i + 1].before === "&") && !isSet(s.start));
  const exits = relies ? errexit(doc, prev) : null;
  if (exits) return `that RUN runs with errexit (${exits}), which a shell ignores inside a merged \`&&\` chain: a failing command would no longer stop the build`;
  const shellWrite = script.commands.find((c) => {
    const name = commandName(c) ?? "";
    if (name === "dpkg-reconfigure") return c.words.some((w) => w.value === "dash");
    return SHELL_WRITERS.has(name) && c.words.slice(1).some((w) => w.value === "/bin/sh" || w.value === "/usr/bin/sh");
  });
  if (shellWrite) return `that RUN changes /bin/sh ("${commandName(shellWrite)}"), which the RUNs after it run in`;
  if (script.background) return `that RUN starts a background process, which a separate RUN stops before the next one`;
  const daemon = script.commands.find((c) => {
    const name = commandName(c) ?? "";
    if (DAEMON_STARTERS.has(name)) return true;
    if (name === "systemctl") return c.words.slice(1).some((w) => w.value === null || SYSTEMCTL_STARTS.has(w.value));
    if (name === "ssh-agent") return forksSshAgent(c.words);
    const path8 = c.words[0]?.value ?? "";
    return (STARTS_WITH_ARG.test(name) || STARTS_WITH_ARG.test(path8)) && c.words.slice(1).some((w) => DAEMON_ARGS.has(w.value ?? ""));
  });
  if (daemon) return `that RUN runs "${/^\/etc\/(rc\.d\/)?init\.d\//.test(daemon.words[0]?.value ?? "") ? daemon.words[0].value : commandName(daemon)}", whose processes a separate RUN stops before the next one`;
  return null;
}
function leaksShellState(ins) {
  const script = ins.shell.script;
  if (script.nodeTypes.has("function_definition")) return true;
  if ((script.nodeTypes.has("for_statement") || script.nodeTypes.has("c_style_for_statement")) && script.statements.some((s) => !LOOP_SCOPED.has(s.type))) return true;
  return script.commands.some((c) => {
    if (!c.topLevelShell) return false;
    if (c.words.length === 0) return c.assignments.length > 0;
    if (c.words.some((w) => ASSIGNING_EXPANSION.test(w.text)) || c.assignments.some((w) => ASSIGNING_EXPANSION.test(w.text))) return true;
    if (c.words[0].text === "[" || c.words[0].text === "[[") return false;
    let words = c.words;
    if (words[0].value === "time") {
      const at = words.findIndex((w, i) => i > 0 && !(w.value ?? "").startsWith("-"));
      if (at < 0) return false;
      words = words.slice(at);
    }
    const name = words[0].value;
    if (name === "printf" && words.slice(1).some((w) => /^-v/.test(w.value ?? ""))) return true;
    if (name === "command") {
      const args = words.slice(1);
      const at = args.findIndex((w) => !(w.value ?? "").startsWith("-"));
      if (at < 0 || args.slice(0, at).some((w) => /^-[a-zA-Z]*[vV]/.test(w.value ?? ""))) return false;
      return args[at].value === null || STATEFUL.has(args[at].value);
    }
    return name === null || STATEFUL.has(name);
  });
}
var LOOP_SCOPED = /* @__PURE__ */ new Set(["subshell", "pipeline", "command", "negated_command", "test_command", "variable_assignment", "declaration_command"]);
function needsGrouping(ins) {
  return ins.shell.script.statements.some((s) => s.before !== null && s.before !== "&&");
}
function trailingOperator(doc, ins) {
  const st = ins.shell.script.statements;
  const last = st[st.length - 1];
  const m = last === void 0 ? null : /^\s*(&(?!&)|;(?!;))/.exec(doc.text.slice(last.end, ins.shell.end));
  return m ? m[1] : null;
}
function indentOf(doc, group) {
  const continuation = (ins) => {
    if (ins.keyword !== "RUN" || ins.endLine === ins.line || ins.heredoc) return null;
    const lineStart = doc.offsetOfLine(ins.line + 1);
    return /^[ \t]+/.exec(doc.text.slice(lineStart, ins.end))?.[0] ?? null;
  };
  for (const ins of group) {
    const found = continuation(ins);
    if (found) return found;
  }
  const style = (ins) => {
    const found = continuation(ins);
    return found !== null && /^(\t+| {1,4})$/.test(found) ? found : null;
  };
  const all = doc.instructions;
  const first = all.indexOf(group[0]);
  const last = all.indexOf(group[group.length - 1]);
  for (let i = first - 1; i >= 0; i--) {
    if (continuation(all[i]) !== null) return style(all[i]) ?? "    ";
  }
  for (let i = last + 1; i < all.length; i++) {
    if (continuation(all[i]) !== null) return style(all[i]) ?? "    ";
  }
  return "    ";
}
function mergeGroup(ctx, group) {
  const doc = ctx.doc;
  const esc = doc.escape;
  const indent = indentOf(doc, group);
  const edits = [];
  const n = group.length;
  const hashed = staleLookups(doc, group);
  const state = group.map((ins, i) => needsGrouping(ins) || i < n - 1 && leaksShellState(ins) || hashed.wrap[i]);
  const trailing = group.map((ins) => trailingOperator(doc, ins));
  const semicolon = group.map((ins, i) => !state[i] && i < n - 1 && trailing[i] === ";");
  const background = trailing[n - 1] === "&";
  const grouped = group.map((ins, i) => state[i] || semicolon[i] || i === n - 1 && background);
  if (grouped[0]) edits.push({ start: group[0].shell.start, end: group[0].shell.start, text: "(" });
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1];
    const cur = group[i];
    const comments = commentsBetween(doc, prev.end, cur.start).map((c) => `${indent}${c.text.trimEnd()}${doc.eol}`).join("");
    const text = `${grouped[i - 1] ? ")" : ""} && ${esc}${doc.eol}${comments}${indent}${grouped[i] ? "(" : ""}`;
    edits.push({ start: prev.shell.end, end: cur.shell.start, text });
  }
  const last = group[group.length - 1];
  if (grouped[group.length - 1]) edits.push({ start: last.shell.end, end: last.shell.end, text: ")" });
  const lines = (list) => list.length > 1 ? `lines ${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : `line ${list[0]}`;
  const subshellFor = group.filter((_, i) => state[i] && !hashed.wrap[i]).map((ins) => ins.line);
  const semicolonFor = group.filter((_, i) => semicolon[i]).map((ins) => ins.line);
  const why = (subshellFor.length ? subshellFor.length > 1 ? ` The RUNs at ${lines(subshellFor)} are each wrapped in a subshell so their shell state and exit status stay as they were.` : ` The RUN at ${lines(subshellFor)} is wrapped in a subshell so its shell state and exit status stay as they were.` : "") + hashed.programs.map(({ name, line, runs }) => ` ${name} is upgraded at line ${line} and run after it: the RUN${runs.length > 1 ? "s" : ""} at ${lines(runs)}, which run${runs.length > 1 ? "" : "s"} ${name} up to then, ${runs.length > 1 ? "are each" : "is"} wrapped in a subshell so the later RUNs look ${name} up again and get the new one, as separate RUNs did (a shell remembers where it found a program; Debian's ${name} upgrades into /usr/local/bin, ahead of /usr/bin).`).join("") + (semicolonFor.length ? ` The RUN${semicolonFor.length > 1 ? "s" : ""} at ${lines(semicolonFor)} end${semicolonFor.length > 1 ? "" : "s"} with \`;\`, after which \`&&\` cannot follow: wrapped in a subshell.` : "") + (background && !state[n - 1] ? ` The RUN at line ${last.line}, which ends in \`&\`, is wrapped in a subshell so the \`&\` sends only its own commands to the background, not the RUNs merged before it.` : "");
  return {
    message: group.some((ins) => ctx.written?.(ins.start)) ? `merge ${group.length} consecutive RUN instructions into one: ${runsNamed(ctx, group)}` : `merge ${group.length} consecutive RUN instructions (lines ${group[0].line}-${last.line}) into one`,
    reason: `One layer instead of ${group.length}: fewer layers to store and pull${deletedLater(doc, group)}.${why}`,
    safety: "safe",
    edits,
    at: group[0].start
  };
}
var SELF_UPGRADES = [
  {
    name: "pip",
    runs: /^pip(\d+(\.\d+)?)?$/,
    inPlace: /^([\w.-]+\/)*(library\/)?(python|pypy)(:|@|$)/,
    upgrades: (name, args) => {
      const pip2 = /^pip(\d+(\.\d+)?)?$/.test(name) ? args : /^python(\d+(\.\d+)?)?$/.test(name) && args[0] === "-m" && args[1] === "pip" ? args.slice(2) : null;
      return pip2 !== null && pip2[0] === "install" && pip2.some((a) => a !== null && /^pip([<>=!~].*)?$/.test(a));
    }
  },
  {
    name: "npm",
    runs: /^npm$/,
    inPlace: /^([\w.-]+\/)*(library\/)?node(:|@|$)/,
    upgrades: (name, args) => name === "npm" && (args[0] === "install" || args[0] === "i") && args.some((a) => a === "-g" || a === "--global") && args.some((a) => a !== null && /^npm(@.*)?$/.test(a))
  },
  {
    name: "gem",
    runs: /^gem$/,
    inPlace: /^([\w.-]+\/)*(library\/)?(ruby|jruby)(:|@|$)/,
    upgrades: (name, args) => name === "gem" && args[0] === "update" && args.includes("--system")
  }
];
function staleLookups(doc, group) {
  const wrap = group.map(() => false);
  const programs = [];
  const image = baseOf(doc, group[0]);
  const alpine = /(^|\/)alpine(:|@|$)|:[^/]*alpine/.test(image);
  const invs = group.map((ins) => ins.shell.script.commands.map((c) => ({ c, inv: invocation(c) })));
  for (const p of SELF_UPGRADES) {
    if (p.inPlace.test(image) || alpine && p.name !== "gem") continue;
    let last = -1;
    invs.forEach((list, i) => {
      if (list.some(({ inv }) => inv !== null && p.upgrades(inv.name, inv.args.map((a) => a.value)))) last = i;
    });
    if (last < 0 || !invs.slice(last + 1).some((list) => list.some(({ inv }) => inv !== null && p.runs.test(inv.name)))) continue;
    const runs = [];
    for (let i = 0; i <= last; i++) {
      if (invs[i].some(({ c, inv }) => c.topLevelShell && inv !== null && p.runs.test(inv.name))) {
        wrap[i] = true;
        runs.push(group[i].line);
      }
    }
    if (runs.length) programs.push({ name: p.name, line: group[last].line, runs });
  }
  return { wrap, programs };
}
function baseOf(doc, ins) {
  let stage = doc.stages[ins.stage];
  for (let hops = 0; stage && hops < doc.stages.length; hops++) {
    const image = stage.image.toLowerCase();
    const parent = doc.stages.find((s) => s.index < stage.index && s.name === image);
    if (!parent) return image;
    stage = parent;
  }
  return "";
}
var DELETERS = /* @__PURE__ */ new Map([
  ["rm", null],
  ["rmdir", null],
  ["unlink", null],
  ["shred", null],
  ["apt-get", /^(purge|remove|autoremove|clean|autoclean)$/],
  ["apt", /^(purge|remove|autoremove|clean|autoclean)$/],
  ["apk", /^del$/],
  ["yum", /^(remove|erase|autoremove|clean)$/],
  ["dnf", /^(remove|erase|autoremove|clean)$/],
  ["microdnf", /^(remove|clean)$/],
  ["tdnf", /^(remove|erase|autoremove|clean)$/],
  ["zypper", /^(remove|rm|clean)$/],
  ["pip", /^uninstall$/],
  ["pip3", /^uninstall$/],
  ["npm", /^(uninstall|un|rm|r|remove|prune|cache)$/],
  ["yarn", /^(cache|remove)$/],
  ["pnpm", /^(store|remove|rm|prune)$/],
  ["gem", /^(cleanup|uninstall)$/],
  ["conda", /^(clean|remove|uninstall)$/],
  ["composer", /^(clear-cache|clearcache|remove)$/],
  ["go", /^clean$/],
  ["docker-php-source", /^delete$/]
]);
function deletedLater(doc, group) {
  for (const ins of group.slice(1)) {
    for (const c of ins.shell.script.commands) {
      const inv = invocation(c);
      if (!inv) continue;
      const sub = DELETERS.get(inv.name);
      const deletes = sub === null || sub !== void 0 && sub.test(inv.args.find((a) => !a.value?.startsWith("-"))?.value ?? "") || inv.name === "find" && inv.args.some((a) => a.value === "-delete" || a.value === "rm");
      if (!deletes) continue;
      const word2 = sub ? ` ${inv.args.find((a) => !a.value?.startsWith("-"))?.value}` : "";
      return `, and files that \`${inv.name}${word2}\` at line ${doc.lineOf(c.start)} deletes no longer stay in a layer of the RUNs before it`;
    }
  }
  return "";
}
function runsNamed(ctx, group) {
  const names = group.map((ins, i) => i === 0 && !ctx.written?.(ins.start) ? "this RUN" : instructionName(ctx, ins));
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function commentsBetween(doc, after, before) {
  const list = doc.comments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (list[mid].start > after) hi = mid;
    else lo = mid + 1;
  }
  const out2 = [];
  for (let i = lo; i < list.length && list[i].start < before; i++) if (list[i].end <= before) out2.push(list[i]);
  return out2;
}

// src/edits.ts
function continuationIndent(doc, ins) {
  if (ins.endLine > ins.line) {
    for (let line = ins.line + 1; line <= ins.endLine; line++) {
      const start = doc.offsetOfLine(line);
      const m = /^[ \t]+(?=\S)/.exec(doc.text.slice(start, Math.min(ins.end, doc.offsetOfLine(line + 1))));
      if (m && !doc.text.slice(start + m[0].length).startsWith("#")) return m[0];
    }
  }
  return "    ";
}
function endsByLeaving(script) {
  const last = script.statements[script.statements.length - 1];
  if (!last || last.type !== "command" || last.before === "||") return false;
  const cmd = script.commands.find((c) => c.start >= last.start && c.end <= last.end);
  const name = cmd?.words[0]?.value;
  return name === "exit" || name === "exec" && cmd.words.length > 1;
}
function appendToRun(doc, ins, command2) {
  const script = ins.shell?.script;
  if (!script || script.nodeTypes.has("comment")) return null;
  const last = script.statements[script.statements.length - 1];
  if (!last) return null;
  if (script.background || /^\s*&(?!&)/.test(doc.text.slice(last.end, ins.shell.end))) return null;
  if (endsByLeaving(script)) return null;
  const at = last.end;
  if (doc.lineOf(at) === ins.line) return { start: at, end: at, text: ` && ${command2}` };
  const lastLine = doc.lineOf(last.start);
  const head = doc.text.slice(doc.offsetOfLine(lastLine), last.start);
  const leading = /^([ \t]*)&&[ \t]*$/.exec(head);
  if (leading) return { start: at, end: at, text: ` ${doc.escape}${doc.eol}${leading[1]}&& ${command2}` };
  return { start: at, end: at, text: ` && ${doc.escape}${doc.eol}${lastIndent(doc, ins)}${command2}` };
}
function lastIndent(doc, ins) {
  for (let line = ins.endLine; line > ins.line; line--) {
    const start = doc.offsetOfLine(line);
    const m = /^[ \t]+(?=[^\s#])/.exec(doc.text.slice(start, doc.offsetOfLine(line + 1)));
    if (m) return m[0];
  }
  return "    ";
}
function removeInstruction(doc, ins) {
  const start = doc.offsetOfLine(ins.line);
  let end = ins.end;
  if (doc.text.startsWith("\r\n", end)) end += 2;
  else if (doc.text[end] === "\n" || doc.text[end] === "\r") end += 1;
  const blankAt = (from) => {
    const m = /^[ \t]*(\r\n|\n|\r)/.exec(doc.text.slice(from, from + 256));
    return m ? m[0].length : -1;
  };
  const prevLine = ins.line > 1 ? doc.offsetOfLine(ins.line - 1) : -1;
  if (prevLine >= 0 && blankAt(prevLine) === start - prevLine) {
    const next = blankAt(end);
    if (next > 0) end += next;
  }
  return { start, end, text: "" };
}
function removeStatement(doc, ins, statement2) {
  const statements = ins.shell?.script?.statements ?? [];
  const i = statements.indexOf(statement2);
  if (i < 0 || statements.length < 2) return null;
  if (statements.some((s) => s.before !== null && s.before !== "&&")) return null;
  if (i === 0) {
    return { start: statement2.start, end: statements[1].start, text: "" };
  }
  return { start: statements[i - 1].end, end: statement2.end, text: "" };
}
function insertFlag(doc, ins, flag) {
  const at = ins.start + ins.keyword.length;
  return { start: at, end: at, text: ` ${flag}` };
}
function replaceFlag(ins, name, text) {
  const flag = ins.flags.find((f) => f.name === name);
  if (!flag) return null;
  return { start: flag.start, end: flag.end, text };
}
function insertBefore(doc, ins, lines) {
  const at = doc.offsetOfLine(ins.line);
  return { start: at, end: at, text: lines.map((l) => `${l}${doc.eol}`).join("") };
}

// src/ecosystems/common/cache.ts
var NOTHING = { changes: [], skips: [] };
function isRoot(run) {
  return run.user === "root" || run.user === "0";
}
function home(run) {
  return isRoot(run) ? "/root" : null;
}
function homeGlobs(run, rel, otherUser = false) {
  if (isRoot(run) && !otherUser) return [`/root/${rel}/**`];
  return [...isRoot(run) ? [`/root/${rel}/**`] : [], `/home/*/${rel}/**`, `**/${rel}/**`];
}
function subWord(args, flagsWithValue = /* @__PURE__ */ new Set()) {
  return positionals(args, flagsWithValue)[0] ?? null;
}
function wordPath(w) {
  if (w.value !== null) return w.value;
  return w.text.replace(/^"(.*)"$/s, "$1");
}
function normalizePath(p, homeDir) {
  let out2 = p;
  if (homeDir) out2 = out2.replace(/^(~|\$HOME|\$\{HOME\})(?=\/|$)/, homeDir);
  out2 = out2.replace(/(\/\*+|\/\.\*|\/)+$/, "");
  return out2 === "" ? "/" : out2;
}
function covers(removed, dir) {
  if (removed === dir) return true;
  if (removed === "/") return false;
  if (removed.endsWith("*") && !/[*?[\]]/.test(removed.slice(0, -1))) {
    const slash = removed.lastIndexOf("/");
    const stem = removed.slice(slash + 1, -1);
    const parent = removed.slice(0, slash + 1);
    if (stem === "" || !dir.startsWith(parent)) return false;
    return dir.slice(parent.length).split("/")[0].startsWith(stem);
  }
  return dir.startsWith(`${removed}/`);
}
function removedPaths(run, from) {
  const out2 = [];
  const h = home(run);
  for (const inv of run.invocations) {
    if (inv.cmd.start < from) continue;
    if (inv.name === "rm") {
      for (const a of inv.args) {
        const p = wordPath(a);
        if (!p.startsWith("-")) out2.push(normalizePath(p, h));
      }
    } else if (inv.name === "find" && inv.args.some((a) => a.value === "-delete")) {
      const first = inv.args[0];
      if (first) out2.push(normalizePath(wordPath(first), h));
    }
  }
  return out2;
}
function cleanedAfter(run, from, dirs) {
  const removed = removedPaths(run, from);
  return dirs.some((d) => removed.some((r) => covers(r, normalizePath(d, home(run)))));
}
function strictGlobRm(inv, dir) {
  if (inv.name !== "rm" || inv.args.some((a) => /^(-[a-zA-Z]*f[a-zA-Z]*|--force)$/.test(a.value ?? ""))) return false;
  return inv.args.some((a) => {
    const p = wordPath(a);
    return p.startsWith(`${dir}/`) && /[*?[]/.test(p.slice(dir.length + 1));
  });
}
function hasCacheMount(run, dirs) {
  const h = home(run) ?? "/root";
  return run.cacheMounts.some((m) => {
    const target = normalizePath(m, h);
    return dirs.some((d) => {
      const dir = normalizePath(d, h);
      return covers(target, dir) || covers(dir, target);
    });
  });
}
function privilegePrefix(invs) {
  for (const inv of invs) {
    const w = inv.wrappers.find((x) => x.value === "sudo" || x.value === "doas");
    if (w) return `${w.value} `;
  }
  return "";
}
function programText(inv) {
  const head = inv.cmd.words[inv.wrappers.length];
  return head ? head.text : inv.name;
}
function appendCleanup(run, command2) {
  const edit = appendToRun(run.doc, run.ins, command2);
  if (edit) return edit;
  if (run.script.nodeTypes.has("comment")) return "the RUN has a shell comment, after which an appended command would be commented out";
  if (endsByLeaving(run.script)) return "the RUN ends with `exit` or `exec`, after which an appended command would never run";
  return "the RUN starts a background job, which a cleanup appended at its end would run alongside";
}
function flagAfter(word2, flag) {
  return { start: word2.end, end: word2.end, text: ` ${flag}` };
}
function mountParents(mounts) {
  const out2 = /* @__PURE__ */ new Set();
  for (const m of mounts) {
    const parts = m.target.split("/").filter(Boolean);
    for (let n = 2; n < parts.length; n++) out2.add(`/${parts.slice(0, n).join("/")}`);
  }
  return [...out2];
}
function mountEdit(run, mounts) {
  const at = run.ins.start + run.ins.keyword.length;
  const text = mounts.map((m) => ` --mount=type=cache,target=${m.target}${m.sharing ? `,sharing=${m.sharing}` : ""}`).join("");
  return { start: at, end: at, text };
}
function envSet(run, name, invs = []) {
  if (run.env.has(name)) return true;
  if (invs.some((inv) => inv.env.has(name))) return true;
  const first = invs.length ? Math.min(...invs.map((i) => i.cmd.start)) : Infinity;
  return run.script.commands.some((c) => {
    if (c.start >= first) return false;
    if (c.words.length === 0) return c.assignments.some((a) => a.text.startsWith(`${name}=`));
    return c.words[0].text === "export" && c.words.slice(1).some((w) => w.text.startsWith(`${name}=`));
  });
}
function laterRuns(run, uses, opaque, done, key) {
  const parts = run.laterParts;
  if (key === void 0 || done !== void 0 || parts === void 0) return scanRuns(run.later, uses, opaque, done);
  const near = scanRuns(parts.inStage, uses, opaque);
  if (near) return near;
  for (const segment of parts.beyond) {
    let found = foundIn.get(segment);
    if (!found) foundIn.set(segment, found = /* @__PURE__ */ new Map());
    let far = found.get(key);
    if (far === void 0) found.set(key, far = scanRuns(segment, uses, opaque));
    if (far) return far;
  }
  return null;
}
var foundIn = /* @__PURE__ */ new WeakMap();
function scanRuns(later, uses, opaque, done) {
  for (const ins of later) {
    if (done?.()) return null;
    if (ins.keyword === "RUN") {
      const script = ins.shell?.script;
      if (!script || ins.shell?.opaqueReason) {
        if (opaque.test(ins.text)) return ins;
        continue;
      }
      if (deepInvocations(script).some(uses)) return ins;
    } else if (ins.keyword === "ONBUILD" && opaque.test(ins.text)) {
      return ins;
    }
  }
  return null;
}
var deepOf = /* @__PURE__ */ new WeakMap();
function deepInvocations(script) {
  let known = deepOf.get(script);
  if (!known) {
    known = collectInvocations(script, 0);
    deepOf.set(script, known);
  }
  return known;
}
function collectInvocations(script, depth) {
  const out2 = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    out2.push(inv);
    if (depth < 2 && /^(ba|da|z|a)?sh$/.test(inv.name)) {
      const c = inv.args.findIndex((a) => a.value !== null && /^-[a-z]*c[a-z]*$/.test(a.value));
      const body3 = c >= 0 ? inv.args[c + 1] : void 0;
      if (body3?.value) {
        const inner = parseShell(body3.value);
        if (!inner.hasError) out2.push(...collectInvocations(inner, depth + 1));
      }
    }
  }
  return out2;
}
function baseImage(run) {
  let stage = run.doc.stages[run.ins.stage];
  for (let hops = 0; stage && hops < run.doc.stages.length; hops++) {
    const parent = parentStage(run.doc, stage);
    if (!parent) return stage.image.toLowerCase();
    stage = parent;
  }
  return "";
}
function cacheChange(tag, message, reason, edits, removes, safety = "safe") {
  return { message, reason, safety, edits, tag, removes };
}
function argsAfterProgram(spec, inv) {
  return spec.argsOf ? spec.argsOf(inv) : inv.args;
}
function appendingManager(spec) {
  return {
    id: spec.id,
    plan(run) {
      const mine = run.invocations.filter((inv) => spec.program(inv.name, inv));
      const sub = (inv) => subWord(argsAfterProgram(spec, inv), spec.flagsWithValue)?.value ?? null;
      const invs = mine.filter((inv) => spec.fills(sub(inv), inv));
      if (invs.length === 0) return NOTHING;
      const dirs = spec.cacheDirs(run);
      if (hasCacheMount(run, dirs)) return { changes: [], skips: [`${spec.id}: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)`] };
      if (spec.noCacheFlag && invs.every(spec.noCacheFlag)) return NOTHING;
      const last = invs[invs.length - 1];
      if (mine.some((inv) => inv.cmd.start > last.cmd.start && spec.isCleanup(sub(inv), inv))) return NOTHING;
      if (cleanedAfter(run, last.cmd.end, dirs)) return NOTHING;
      const moved = spec.cacheEnv?.find((name) => invs.some((inv) => inv.env.has(name)));
      if (moved) return { changes: [], skips: [`${spec.id}: cache not cleaned: the install sets ${moved} for itself, and a cleanup without it would clean another directory`] };
      const why = spec.guard?.(run, invs);
      if (why) return { changes: [], skips: [`${spec.id}: ${why}`] };
      const fetched = sub(last);
      if (fetched !== null && spec.prefetch?.has(fetched)) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: \`${last.name} ${fetched}\` fills it for a later install, which a cleanup here would leave with nothing to install from`] };
      }
      if (spec.offlineFlags) {
        const flags = spec.offlineFlags;
        const reader = laterRuns(run, (inv) => spec.program(inv.name, inv) && argsAfterProgram(spec, inv).some((a) => flags.has(a.value ?? "")), /--offline\b/, void 0, spec);
        if (reader) return { changes: [], skips: [`${spec.id}: cache not cleaned: the RUN at line ${reader.line} installs offline, from the cache this RUN fills`] };
      }
      if (spec.perUser && invs.some((i) => i.runsAsOtherUser)) {
        return { changes: [], skips: [`${spec.id}: runs as another user (sudo -u, su, gosu...), whose cache a cleanup appended here would not reach`] };
      }
      const mounts = run.strategy === "mount" && isRoot(run) ? spec.mounts?.(run) ?? null : null;
      if (mounts) {
        return {
          changes: [cacheChange(
            spec.id,
            `mount a BuildKit cache for ${spec.id} at ${mounts.map((m) => m.target).join(", ")}`,
            `${spec.saves} stays in a BuildKit cache mount instead of the layer, so the image is as small as with a cleanup and rebuilds reuse the downloads. Needs BuildKit (the default builder since Docker 23).`,
            [mountEdit(run, mounts)],
            [...spec.removes(run), ...mountParents(mounts)]
          )],
          skips: []
        };
      }
      if (!runsUnconditionally(run.script, last.cmd.start)) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: the last install runs only in one branch (if, case, \`||\` or a loop), so the program of a cleanup after it may not be there`] };
      }
      const prog = programText(last);
      const head = last.cmd.words.slice(last.wrappers.length, last.wrappers.length + 2).map((w) => w.text);
      const paths = /^php[0-9.]*$/.test(last.name) ? head : head.slice(0, 1);
      const relative = paths.find((p, i) => !/^[/$~]/.test(p) && (p.includes("/") || i === 1));
      if (relative && run.invocations.some((i) => i.cmd.start > last.cmd.start && (i.name === "cd" || i.name === "pushd" || i.name === "popd"))) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: the RUN changes directory after running ${relative}, so a cleanup at its end would not find it by its relative path`] };
      }
      const command2 = spec.cleanup(prog, privilegePrefix(invs), run, invs);
      const edit = appendCleanup(run, command2);
      if (typeof edit === "string") return { changes: [], skips: [`${spec.id}: cache not cleaned: ${edit}`] };
      const fallback = run.strategy === "mount" ? mounts === null && spec.mounts && !isRoot(run) ? " (no cache mount: the RUN does not run as root)" : spec.mounts ? "" : " (no cache mount is used for this manager)" : "";
      const risk = spec.unsafeIf?.(run, invs) ?? null;
      const change = cacheChange(
        spec.id,
        `clean the ${spec.id} cache in the same RUN (${command2})`,
        risk ? `Unsafe: ${risk}. ${spec.saves} is removed in the layer that created it; a cleanup in a later RUN would save nothing.${fallback}` : `${spec.saves} is removed in the layer that created it; a cleanup in a later RUN would save nothing. ${spec.safe}${fallback}`,
        [edit],
        spec.removes(run)
      );
      return {
        changes: [{ ...change, ...risk ? { safety: "unsafe" } : {}, at: invs[0].cmd.start }],
        skips: []
      };
    }
  };
}

// src/ecosystems/apk/cache.ts
var FLAGS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-X",
  "--repository",
  "-t",
  "--virtual",
  "-p",
  "--root",
  "--arch",
  "--keys-dir",
  "--repositories-file",
  "--cache-dir",
  "--cache-max-age",
  "--wait",
  "--timeout",
  "--print-arch"
]);
var CACHE = ["/var/cache/apk", "/etc/apk/cache"];
var REMOVES = ["/var/cache/apk/**"];
var NO_CACHE = /^--no-cache$/;
var apk = {
  id: "apk",
  plan(run) {
    const all = run.invocations.filter((inv) => inv.name === "apk");
    const sub = (inv) => subWord(inv.args, FLAGS_WITH_VALUE)?.value ?? null;
    const offline = (inv) => inv.args.some((a) => a.value === "--no-network");
    const installs = all.filter((inv) => sub(inv) === "add" || sub(inv) === "upgrade" || sub(inv) === "fix");
    const adds = installs.filter((inv) => !offline(inv));
    const updates = all.filter((inv) => sub(inv) === "update");
    const todo = adds.filter((inv) => !inv.args.some((a) => NO_CACHE.test(a.value ?? "")));
    if (todo.length === 0 && updates.length === 0) return NOTHING;
    if (hasCacheMount(run, CACHE)) return { changes: [], skips: ["apk: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)"] };
    const last = [...adds, ...updates].sort((a, b) => a.cmd.start - b.cmd.start).pop();
    if (cleanedAfter(run, last.cmd.end, CACHE)) return NOTHING;
    if (all.some((inv) => inv.args.some((a) => /^--cache-dir(=|$)/.test(a.value ?? "")))) return { changes: [], skips: ["apk: names its own --cache-dir"] };
    let strictRm = "";
    const strict = laterRuns(run, (inv) => strictGlobRm(inv, "/var/cache/apk") && Boolean(strictRm = inv.cmd.words.map((w) => w.text).join(" ")), /\brm\b[^;&|]*\/var\/cache\/apk\//);
    if (strict) return { changes: [], skips: [`apk: cache kept: the RUN at line ${strict.line} runs \`${strictRm || "rm /var/cache/apk/*"}\` without -f, which fails (and stops the build) once nothing is left in /var/cache/apk`] };
    const statements = run.script.statements;
    const removable = updates.every((u) => {
      const st = statements.find((s) => s.start === u.cmd.start && s.end === u.cmd.end);
      return st && u.wrappers.length === 0 && u.env.size === 0 && u.args.every((a) => a === subWord(u.args) || /^(-q|--quiet|-v|--verbose|--no-progress)$/.test(a.value ?? "")) && adds.some((a) => a.cmd.start > u.cmd.start) && !installs.some((a) => offline(a) && a.cmd.start > u.cmd.start);
    });
    const removals = [];
    if (updates.length && removable && statements.length > updates.length) {
      for (const u of updates) {
        const st = statements.find((s) => s.start === u.cmd.start);
        const edit2 = removeStatement(run.doc, run.ins, st);
        if (!edit2) {
          removals.length = 0;
          break;
        }
        removals.push(edit2);
      }
    }
    const canFlag = updates.length === 0 || removals.length === updates.length && !removals.some((r, i) => removals.some((o, j) => i !== j && o.start < r.end && r.start < o.end));
    if (canFlag) {
      const edits = [...removals, ...todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE), "--no-cache"))];
      const onlyUpdate = todo.length === 0;
      return {
        changes: [cacheChange(
          "apk",
          onlyUpdate ? `drop apk update (apk ${sub(adds[0])} already runs with --no-cache)` : `${removals.length ? "drop apk update and " : ""}use apk ${sub(todo[0])} --no-cache`,
          onlyUpdate ? "apk update writes the repository indexes to /var/cache/apk (a few MB), where they stay in the layer; apk add --no-cache never reads them (it fetches the indexes into memory), so the update only adds them to the image. Safe: the same packages are installed from freshly fetched indexes." : `apk keeps the repository indexes (/var/cache/apk, a few MB) after an install; --no-cache reads them into memory only${removals.length ? ", which also makes the separate `apk update` useless" : ""}. Safe: the same packages are installed from freshly fetched indexes.`,
          edits,
          REMOVES
        )],
        skips: []
      };
    }
    const edit = appendCleanup(run, `${privilegePrefix(all)}rm -rf /var/cache/apk/*`);
    if (typeof edit === "string") return { changes: [], skips: [`apk: cache not cleaned: ${edit}`] };
    return {
      changes: [cacheChange(
        "apk",
        "remove the apk index cache in the same RUN (rm -rf /var/cache/apk/*)",
        "apk update/add leave the repository indexes in /var/cache/apk (a few MB); removing them in the layer that wrote them keeps them out of the image. Safe: later apk commands fetch the indexes again.",
        [edit],
        REMOVES
      )],
      skips: []
    };
  }
};

// src/ecosystems/apt/cache.ts
var APT_PROGRAMS = /* @__PURE__ */ new Set(["apt-get", "apt", "aptitude"]);
var FLAGS_WITH_VALUE2 = /* @__PURE__ */ new Set(["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a", "--host-architecture"]);
var USES_LISTS = /* @__PURE__ */ new Set([
  "install",
  "upgrade",
  "dist-upgrade",
  "full-upgrade",
  "build-dep",
  "source",
  "download",
  "reinstall",
  "satisfy",
  "search",
  "show",
  "policy",
  "madison",
  "changelog",
  "depends",
  "rdepends",
  "showpkg",
  "safe-upgrade",
  "list"
]);
var QUERIES = /* @__PURE__ */ new Set(["apt-cache", "search", "show", "policy", "madison", "changelog", "depends", "rdepends", "showpkg", "list"]);
var LISTS = "/var/lib/apt/lists";
var DOCKER_CLEAN = "/etc/apt/apt.conf.d/docker-clean";
function aptSub(inv) {
  return subWord(inv.args, FLAGS_WITH_VALUE2)?.value ?? null;
}
function updatesLists(inv) {
  if (APT_PROGRAMS.has(inv.name)) return aptSub(inv) === "update";
  return inv.name === "add-apt-repository" && !inv.args.some((a) => a.value === "-n" || a.value === "--no-update");
}
function usesLists(inv) {
  if (inv.name === "apt-cache" || inv.name === "gdebi") return true;
  return APT_PROGRAMS.has(inv.name) && USES_LISTS.has(aptSub(inv) ?? "");
}
var INSTALLS_WITH_APT = /* @__PURE__ */ new Set(["rosdep"]);
function mentionsListUse(inv) {
  if (INSTALLS_WITH_APT.has(inv.name)) return inv.args.some((a) => a.value === "install");
  const at = inv.args.findIndex((a) => a.value !== null && APT_PROGRAMS.has(a.value.slice(a.value.lastIndexOf("/") + 1)));
  return at >= 0 && inv.args.slice(at + 1).some((a) => USES_LISTS.has(a.value ?? ""));
}
function copiedScript(run, inv) {
  const head = inv.cmd.words[inv.wrappers.length]?.value ?? "";
  if (/^(ba|da|z|a)?sh$/.test(inv.name) && inv.args.some((a) => /^-[a-z]*c[a-z]*$/.test(a.value ?? ""))) return null;
  const file = /^(ba|da|z|a)?sh$/.test(inv.name) ? inv.args.find((a) => !(a.value ?? "").startsWith("-"))?.value ?? "" : head.includes("/") ? head : "";
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (name === "") return null;
  const copied = copiedArgs(run.doc);
  return copied.has(name) || copied.has(file) ? file : null;
}
var COPIED_ARGS = /* @__PURE__ */ new WeakMap();
function copiedArgs(doc) {
  let names = COPIED_ARGS.get(doc);
  if (names) return names;
  names = /* @__PURE__ */ new Set();
  for (const i of doc.instructions) {
    if (i.keyword !== "COPY" && i.keyword !== "ADD" || i.flags.some((f) => f.name === "from")) continue;
    for (const a of i.args) {
      names.add(a.value);
      const slash = a.value.lastIndexOf("/");
      if (slash >= 0) names.add(a.value.slice(slash + 1));
    }
  }
  COPIED_ARGS.set(doc, names);
  return names;
}
function laterListUser(run) {
  const parts = run.laterParts;
  let use;
  if (parts === void 0) use = listUseIn(run, run.later);
  else {
    use = listUseIn(run, parts.inStage);
    for (const segment of parts.beyond) {
      if (use !== null) break;
      if (listUses.has(segment)) use = listUses.get(segment);
      else listUses.set(segment, use = listUseIn(run, segment));
    }
  }
  return use !== null && use !== "update" ? `the RUN at line ${use.ins.line} ${use.what ?? "installs with them"}` : null;
}
var listUses = /* @__PURE__ */ new WeakMap();
function listUseIn(run, later) {
  let firstUse = null;
  let stop = false;
  const found = scanRuns(
    later,
    (inv) => {
      if (stop || firstUse) return false;
      if (updatesLists(inv)) {
        stop = true;
        return false;
      }
      if (strictGlobRm(inv, LISTS)) {
        firstUse = `runs \`${inv.cmd.words.map((w) => w.text).join(" ")}\` without -f, which fails once they are gone`;
        return true;
      }
      if (usesLists(inv) || mentionsListUse(inv)) {
        firstUse = QUERIES.has(inv.name === "apt-cache" ? "apt-cache" : aptSub(inv) ?? "") ? "reads them" : "installs with them";
        return true;
      }
      const script = copiedScript(run, inv);
      if (script) {
        firstUse = `runs ${script}, a script copied into the image that may install with them`;
        return true;
      }
      return false;
    },
    /\bapt(-get|-cache|itude)?\b|\bgdebi\b/,
    () => stop
  );
  if (found) return { ins: found, what: firstUse };
  return stop ? "update" : null;
}
function setsRecommendsConfig(text) {
  if (!/Install-Recommends/i.test(text)) return false;
  const rest = text.replace(/(^|\s)--(no-)?install-recommends(?=[\s;&|)]|$)/gi, "$1").replace(/(^|\s)(-o|--option)(\s+|=)?['"]?APT::Install-Recommends=[^\s'"]*['"]?/gi, "$1");
  return /Install-Recommends/i.test(rest);
}
var TLS_CLIENTS = /* @__PURE__ */ new Set(["curl", "wget", "git"]);
function packageNames(inv) {
  return positionals(inv.args, FLAGS_WITH_VALUE2).slice(1).map((w) => w.value === null ? null : w.value.replace(/[=:].*$/, "").replace(/\/.*$/, ""));
}
function beforeWord(doc, start, name) {
  const lineStart = doc.text.lastIndexOf("\n", start - 1) + 1;
  const indent = doc.text.slice(lineStart, start);
  if (lineStart === 0 || !/^[ \t]*$/.test(indent)) return { start, end: start, text: `${name} ` };
  const eol = doc.text[lineStart - 2] === "\r" ? "\r\n" : "\n";
  return { start, end: start, text: `${name} ${doc.escape}${eol}${indent}` };
}
function noRecommends(run) {
  const installs = run.invocations.filter((inv) => (inv.name === "apt-get" || inv.name === "apt") && aptSub(inv) === "install");
  const todo = installs.filter((inv) => !inv.args.some((a) => /^(--no-install-recommends|--install-recommends|-s|--simulate|--just-print|--dry-run|--recon|--no-act)$/.test(a.value ?? "") || /Install-Recommends/i.test(a.value ?? a.text)));
  if (todo.length === 0) return null;
  if ([...run.earlier, run.ins].some((ins) => setsRecommendsConfig(ins.text))) return null;
  const edits = todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE2), "--no-install-recommends"));
  const named = installs.flatMap(packageNames);
  const certsNamed = named.includes("ca-certificates") || run.earlier.some((ins) => ins.keyword === "RUN" && (/\bca-certificates\b/.test(ins.text) || (ins.shell?.script?.commands ?? []).some((cmd) => {
    const inv = invocation(cmd);
    return inv !== null && (inv.name === "apt-get" || inv.name === "apt") && aptSub(inv) === "install" && !inv.args.some((a) => a.value === "--no-install-recommends") && packageNames(inv).some((n) => n !== null && TLS_CLIENTS.has(n));
  })));
  const clients = [];
  if (!certsNamed) {
    for (const inv of todo) {
      const words = positionals(inv.args, FLAGS_WITH_VALUE2).slice(1);
      const names = packageNames(inv);
      const at = names.findIndex((n) => n !== null && TLS_CLIENTS.has(n));
      if (at < 0) continue;
      for (const n of names) if (n !== null && TLS_CLIENTS.has(n) && !clients.includes(n)) clients.push(n);
      if (!edits.some((e) => e.text.startsWith("ca-certificates "))) edits.push(beforeWord(run.doc, words[at].start, "ca-certificates"));
    }
  }
  const list = clients.length > 1 ? `${clients.slice(0, -1).join(", ")} and ${clients[clients.length - 1]}` : clients[0];
  return cacheChange(
    "apt",
    `install without recommended packages (${todo[0].name} install --no-install-recommends)${clients.length ? ", keeping ca-certificates" : ""}`,
    'apt installs "recommended" packages by default, often tens to hundreds of MB the image does not need. ' + (clients.length ? `ca-certificates, which ${list} recommend${clients.length > 1 ? "" : "s"}, is added to the install: without that CA bundle ${list} fail${clients.length > 1 ? "" : "s"} on every https:// URL (the Debian and Ubuntu base images do not have it). ` : "") + "Unsafe: it changes which packages are installed, and the software may rely on a recommended one.",
    edits,
    [],
    "unsafe"
  );
}
var apt = {
  id: "apt",
  plan(run) {
    const aptInvs = run.invocations.filter((inv) => APT_PROGRAMS.has(inv.name) || inv.name === "add-apt-repository" || inv.name === "apt-cache");
    if (aptInvs.length === 0) return NOTHING;
    const changes = [];
    const skips = [];
    const recommends = noRecommends(run);
    if (recommends) changes.push(recommends);
    const updates = aptInvs.filter(updatesLists);
    if (updates.length === 0) return { changes, skips };
    if (hasCacheMount(run, [LISTS, "/var/cache/apt"])) return { changes, skips: ["apt: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)"] };
    const lastUpdate = updates[updates.length - 1];
    const distClean = aptInvs.some((i) => i.cmd.start > lastUpdate.cmd.start && APT_PROGRAMS.has(i.name) && aptSub(i) === "dist-clean");
    if (distClean || cleanedAfter(run, lastUpdate.cmd.end, [LISTS])) return { changes, skips };
    if (updates.some((u) => u.runsAsOtherUser)) return { changes, skips: ["apt: apt-get update runs as another user or in another root (chroot...)"] };
    const user = laterListUser(run);
    if (user) {
      return { changes, skips: [`apt: package lists kept: ${user} (merge the RUNs to clean up in one layer)`] };
    }
    const sudo = privilegePrefix(updates);
    if (run.strategy === "mount" && isRoot(run)) {
      const hookGone = [...run.earlier.filter((i) => i.keyword === "RUN")].some((i) => /docker-clean/.test(i.text)) || removedPaths(run, 0).some((p) => p === DOCKER_CLEAN);
      const edits = [mountEdit(run, [{ target: "/var/cache/apt", sharing: "locked" }, { target: LISTS, sharing: "locked" }])];
      if (!hookGone) edits.push({ start: run.ins.shell.start, end: run.ins.shell.start, text: `rm -f ${DOCKER_CLEAN} && ` });
      changes.push(cacheChange(
        "apt",
        "mount BuildKit caches for apt at /var/cache/apt and /var/lib/apt/lists",
        `The package lists and downloaded .debs stay in BuildKit cache mounts (sharing=locked, as apt locks them) instead of the layer: the image is as small as with a cleanup and rebuilds skip the downloads.${hookGone ? "" : " The docker-clean apt hook is removed so the .debs stay in the cache mount; a later apt RUN without these mounts would keep its .debs."} Needs BuildKit (the default builder since Docker 23).`,
        edits,
        [`${LISTS}/**`, "/var/cache/apt/**", ...hookGone ? [] : [DOCKER_CLEAN]]
      ));
      return { changes, skips };
    }
    const edit = appendCleanup(run, `${sudo}rm -rf ${LISTS}/*`);
    if (typeof edit === "string") return { changes, skips: [...skips, `apt: package lists not removed: ${edit}`] };
    changes.push({ ...cacheChange(
      "apt",
      `remove the apt package lists in the same RUN (rm -rf ${LISTS}/*)`,
      `apt-get update downloads the package lists (${LISTS}, typically 20-50 MB); removed in the RUN that downloaded them, no layer keeps them (a cleanup in a later RUN would save nothing). No \`apt-get clean\` is needed: Debian and Ubuntu images ship the docker-clean apt hook, which already deletes downloaded .deb files after each install. Safe: no later RUN in this stage or a stage built on it installs without running apt-get update itself.${run.strategy === "mount" ? " (no cache mount: the RUN does not run as root)" : ""}`,
      [edit],
      [`${LISTS}/**`]
    ), at: updates[0].cmd.start });
    return { changes, skips };
  }
};

// src/ecosystems/bundler/cache.ts
var FLAGS_WITH_VALUE3 = /* @__PURE__ */ new Set(["--gemfile", "--path", "-j", "--jobs", "--retry", "--without", "--with", "--binstubs", "--shebang", "--standalone", "--trust-policy"]);
var bundler = appendingManager({
  id: "bundler",
  program: (name) => name === "bundle" || name === "bundler",
  flagsWithValue: FLAGS_WITH_VALUE3,
  // A bare `bundle` is `bundle install`.
  fills: (sub, inv) => sub === "install" || sub === "update" || sub === null && !inv.args.some((a) => /^(-v|--version|-h|--help)$/.test(a.value ?? "")),
  isCleanup: () => false,
  cacheDirs: (run) => ["~/.bundle/cache", "/usr/local/bundle/cache", ...run.env.get("BUNDLE_PATH") ? [`${run.env.get("BUNDLE_PATH")}/ruby`] : []],
  cleanup: (_prog, _sudo, run) => {
    const path8 = run.env.get("BUNDLE_PATH");
    return path8 ? `rm -rf ~/.bundle/cache "${path8}"/ruby/*/cache` : 'rm -rf ~/.bundle/cache "$(gem env gemdir)"/cache';
  },
  removes: (run) => [
    ...homeGlobs(run, ".bundle/cache"),
    "/usr/local/bundle/cache/**",
    "**/gems/*/cache/**",
    ...run.env.get("BUNDLE_PATH") ? [`${run.env.get("BUNDLE_PATH")}/ruby/*/cache/**`] : []
  ],
  // Told as one subject: the template goes on with 'is removed in the layer that created it'.
  saves: "The gem directory's cache/ (the downloaded .gem archives), with bundler's index cache (~/.bundle/cache),",
  safe: "Safe: the installed gems stay; Bundler loads them from gems/ and specifications/, never from cache/.",
  guard: (run, invs) => {
    if (invs.some((i) => i.wrappers.some((w) => w.value === "sudo" || w.value === "doas"))) return "runs through sudo, where ~ is not the home of the user bundler ran as";
    if (run.env.get("BUNDLE_PATH") === null) return "BUNDLE_PATH is not a literal value";
    const configured = invs.some((i) => i.args.some((a) => a.value === "--path" || a.value === "--deployment" || a.value?.startsWith("--path=") === true)) || run.env.has("BUNDLE_DEPLOYMENT") || [...run.earlier, run.ins].some((ins) => ins.keyword === "RUN" && /bundle\s+config\s+(set\s+)?(--\w+\s+)?(path|deployment)\b/.test(ins.text));
    if (configured && !run.env.get("BUNDLE_PATH")) return "the bundle goes into a configured path (--path, --deployment or bundle config), whose cache location is not known here";
    return null;
  },
  perUser: true,
  cacheEnv: ["BUNDLE_PATH", "BUNDLE_APP_CONFIG", "HOME"]
});

// src/ecosystems/composer/cache.ts
var FILLS = /* @__PURE__ */ new Set(["install", "i", "update", "u", "upgrade", "require", "r", "create-project", "global", "reinstall", "remove", "rm"]);
var FLAGS_WITH_VALUE4 = /* @__PURE__ */ new Set(["-d", "--working-dir"]);
function isComposerScript(w) {
  return !!w?.value && /(^|\/)composer(\.phar)?$/.test(w.value);
}
function program(name, inv) {
  if (name === "composer" || name === "composer.phar") return true;
  return /^php[0-9.]*$/.test(name) && isComposerScript(inv.args[0]);
}
function argsOf(inv) {
  return /^php[0-9.]*$/.test(inv.name) ? inv.args.slice(1) : inv.args;
}
function cacheDirs(run) {
  const dirs = ["~/.composer/cache", "~/.cache/composer", "$COMPOSER_HOME/cache", "${COMPOSER_HOME}/cache", "$COMPOSER_CACHE_DIR", "${COMPOSER_CACHE_DIR}"];
  const home2 = run.env.get("COMPOSER_HOME");
  const cache2 = run.env.get("COMPOSER_CACHE_DIR");
  if (home2) dirs.push(`${home2}/cache`);
  if (cache2) dirs.push(cache2);
  return dirs;
}
var composer = appendingManager({
  id: "composer",
  program,
  argsOf,
  flagsWithValue: FLAGS_WITH_VALUE4,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub) => sub === "clear-cache" || sub === "clearcache" || sub === "cc",
  noCacheFlag: (inv) => inv.args.some((a) => a.value === "--no-cache") || inv.env.get("COMPOSER_CACHE_DIR") === "/dev/null",
  cacheDirs,
  cleanup: (_prog, sudo, _run, invs) => {
    const last = invs[invs.length - 1];
    const words = last.cmd.words.slice(last.wrappers.length, last.wrappers.length + (/^php[0-9.]*$/.test(last.name) ? 2 : 1));
    return `${sudo}${words.map((w) => w.text).join(" ")} clear-cache`;
  },
  removes: (run) => {
    const globs = [...homeGlobs(run, ".composer/cache"), ...homeGlobs(run, ".cache/composer")];
    const home2 = run.env.get("COMPOSER_HOME");
    const cache2 = run.env.get("COMPOSER_CACHE_DIR");
    if (home2) globs.push(`${home2}/cache/**`);
    if (cache2) globs.push(`${cache2}/**`);
    if (!home2 && !cache2) globs.push("/tmp/cache/**");
    return globs;
  },
  saves: "Composer's download cache (dist archives and repository metadata)",
  safe: "Safe: vendor/ and the installed packages stay; only the cache goes.",
  guard: (run) => run.env.get("COMPOSER_CACHE_DIR") === "/dev/null" ? "COMPOSER_CACHE_DIR=/dev/null already disables the cache" : null,
  perUser: true,
  cacheEnv: ["COMPOSER_HOME", "COMPOSER_CACHE_DIR", "HOME", "XDG_CACHE_HOME"]
});

// src/ecosystems/conda/cache.ts
var FILLS2 = /* @__PURE__ */ new Set(["install", "create", "update", "upgrade", "env"]);
var FLAGS_WITH_VALUE5 = /* @__PURE__ */ new Set(["-n", "--name", "-p", "--prefix", "-c", "--channel", "-f", "--file", "--root-prefix", "-r"]);
var PROGRAMS = /* @__PURE__ */ new Set(["conda", "mamba", "micromamba"]);
var PKGS = ["/opt/conda/pkgs", "~/.conda/pkgs"];
var conda = appendingManager({
  id: "conda",
  program: (name) => PROGRAMS.has(name),
  flagsWithValue: FLAGS_WITH_VALUE5,
  fills: (sub, inv) => sub !== null && FILLS2.has(sub) && (sub !== "env" || inv.args.some((a) => a.value === "create" || a.value === "update")),
  isCleanup: (sub, inv) => sub === "clean" && inv.args.some((a) => a.value === "--all" || /^-[a-z]*a[a-z]*$/.test(a.value ?? "")),
  cacheDirs: (run) => [...PKGS, ...run.env.get("CONDA_DIR") ? [`${run.env.get("CONDA_DIR")}/pkgs`] : [], ...run.env.get("MAMBA_ROOT_PREFIX") ? [`${run.env.get("MAMBA_ROOT_PREFIX")}/pkgs`] : []],
  cleanup: (prog, sudo, _run, invs) => invs[invs.length - 1].name === "micromamba" ? `${sudo}${prog} clean --all --yes` : `${sudo}${prog} clean -afy`,
  removes: (run) => [
    "/opt/conda/pkgs/**",
    "**/conda/pkgs/**",
    "**/miniconda*/pkgs/**",
    "**/miniforge*/pkgs/**",
    "**/mambaforge*/pkgs/**",
    "**/anaconda*/pkgs/**",
    "**/.conda/pkgs/**",
    "**/micromamba/pkgs/**",
    ...run.env.get("CONDA_DIR") ? [`${run.env.get("CONDA_DIR")}/pkgs/**`] : [],
    ...run.env.get("MAMBA_ROOT_PREFIX") ? [`${run.env.get("MAMBA_ROOT_PREFIX")}/pkgs/**`] : []
  ],
  saves: "Conda's package cache (downloaded tarballs and extracted packages in pkgs/, often hundreds of MB)",
  safe: "Safe: the environments keep their files (conda hard-links or copies them out of pkgs/)."
});

// src/ecosystems/yum/cache.ts
var FILLS3 = /* @__PURE__ */ new Set([
  "install",
  "in",
  "update",
  "upgrade",
  "up",
  "groupinstall",
  "groupupdate",
  "group",
  "groups",
  "reinstall",
  "localinstall",
  "makecache",
  "distro-sync",
  "distrosync",
  "dsync",
  "downgrade",
  "builddep",
  "module",
  "swap",
  "update-minimal",
  "upgrade-minimal",
  "install-n",
  "install-na",
  "install-nevra",
  "shell",
  "mark"
]);
var FLAGS_WITH_VALUE6 = /* @__PURE__ */ new Set([
  "-c",
  "--config",
  "-d",
  "--debuglevel",
  "-e",
  "--errorlevel",
  "--installroot",
  "--enablerepo",
  "--disablerepo",
  "--repo",
  "--repoid",
  "-x",
  "--exclude",
  "--setopt",
  "--releasever",
  "--rpmverbosity",
  "--color",
  "--downloaddir",
  "--destdir",
  "--forcearch",
  "--disableplugin",
  "--enableplugin",
  "--nodocs-only",
  "--comment"
]);
function rpmManager(id, cacheDir, alsoClean = []) {
  return appendingManager({
    id,
    program: (name) => name === id,
    flagsWithValue: FLAGS_WITH_VALUE6,
    fills: (sub) => sub !== null && FILLS3.has(sub),
    isCleanup: (sub, inv) => sub === "clean" && inv.args.some((a) => a.value === "all"),
    noCacheFlag: (inv) => inv.args.some((a) => a.value === "--installroot" || a.value?.startsWith("--installroot=")),
    cacheDirs: () => [cacheDir, ...alsoClean],
    cleanup: (prog, sudo) => `${sudo}${prog} clean all && ${sudo}rm -rf ${cacheDir}`,
    removes: () => [cacheDir, ...alsoClean].map((d) => `${d}/**`),
    mounts: () => [{ target: cacheDir, sharing: "locked" }],
    saves: `The ${id} repository metadata and package cache (${cacheDir}, often 50-200 MB)`,
    safe: `Safe: the installed packages stay; a later ${id} command fetches the metadata again when it needs it.`,
    guard: (run, invs) => invs.some((i) => i.args.some((a) => a.value === "-C" || a.value === "--cacheonly")) ? "uses --cacheonly, which relies on the cache" : null
  });
}
var yum = rpmManager("yum", "/var/cache/yum", ["/var/cache/dnf"]);

// src/ecosystems/dnf/cache.ts
var dnf = rpmManager("dnf", "/var/cache/dnf");

// src/ecosystems/download/cache.ts
import path2 from "node:path";
var ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|zip|gz|bz2|xz|zst|7z|deb|rpm|apk|whl|gem|jar\.zip)$/i;
var SCRIPT = /\.(sh|bash|run|py|pl|rb|php)$/i;
var EXTRACTORS = /* @__PURE__ */ new Set(["tar", "bsdtar", "unzip", "gunzip", "bunzip2", "unxz", "xz", "zstd", "unzstd", "7z", "7za", "dpkg", "rpm", "apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "apk", "gem", "bzip2", "gzip"]);
var INTERPRETERS = /^(sh|bash|dash|ash|zsh|ksh|perl|ruby|php|python[0-9.]*)$/;
var LOOKERS = /* @__PURE__ */ new Set(["chmod", "sha256sum", "sha512sum", "sha1sum", "md5sum", "gpg", "gpgv", "ls", "file", "test", "[", "echo", "cat", "stat", "du", "head"]);
var TEMP_DIR = /^(?!\/)|^\/(tmp|var\/tmp|root|usr\/src|usr\/local\/src)\//;
var BIN_DIR = /^\/(usr\/(local\/)?)?s?bin\/|^\/(etc|lib|usr\/lib|usr\/share|usr\/local\/lib|usr\/local\/share)\//;
var WGET_VALUE = /* @__PURE__ */ new Set(["-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "--header", "-e", "--execute", "-w", "--wait", "--user", "--password", "-Q", "--quota", "-l", "--level", "-A", "-R", "-D", "--ca-certificate", "--certificate", "--private-key", "--post-data", "--method", "--body-data", "--limit-rate", "--progress", "-i", "--input-file", "-B", "--base"]);
var CURL_SHORT_VALUE = "oHduXAemwxbcTFrCKEzYyQtP";
var CURL_LONG_VALUE = /* @__PURE__ */ new Set(["--output", "--header", "--data", "--data-raw", "--data-binary", "--user", "--request", "--user-agent", "--referer", "--max-time", "--write-out", "--proxy", "--cookie", "--cookie-jar", "--upload-file", "--form", "--range", "--continue-at", "--config", "--cert", "--cacert", "--retry", "--retry-delay", "--retry-max-time", "--connect-timeout", "--output-dir", "--proto", "--proto-redir", "--resolve", "--url", "--limit-rate", "--tlsv1.2", "--key", "--interface", "--dns-servers", "--time-cond", "--speed-limit", "--speed-time", "--netrc-file", "--create-file-mode"]);
function basenameOfUrl(url) {
  if (/[?#]/.test(url) || url.endsWith("/")) return null;
  const name = url.slice(url.lastIndexOf("/") + 1);
  return name && !name.includes("$(") && !name.includes("`") ? name : null;
}
function downloadTarget(inv) {
  const args = inv.args;
  const text = (w) => w ? w.value ?? w.text.replace(/^"(.*)"$/s, "$1") : null;
  const urls = [];
  let out2 = null;
  let dir = null;
  let remote = false;
  let outputs = 0;
  for (let i = 0; i < args.length; i++) {
    const t = text(args[i]);
    if (t === null) return null;
    if (inv.name === "wget") {
      if (t === "-O" || t === "--output-document") {
        out2 = text(args[++i]);
        outputs++;
        continue;
      }
      if (t.startsWith("--output-document=")) {
        out2 = t.slice(18);
        outputs++;
        continue;
      }
      if (t === "-P" || t === "--directory-prefix") {
        dir = text(args[++i]);
        continue;
      }
      if (t.startsWith("--directory-prefix=")) {
        dir = t.slice(19);
        continue;
      }
      if (WGET_VALUE.has(t)) {
        i++;
        continue;
      }
      if (/^-n/.test(t) || t.startsWith("--")) continue;
      if (/^-[a-zA-Z]/.test(t)) {
        const o = /^-[a-zA-Z]*?O/.exec(t) ? t.indexOf("O") : -1;
        if (o > 0) {
          outputs++;
          if (o === t.length - 1) out2 = text(args[++i]);
          else out2 = t.slice(o + 1);
          continue;
        }
        if (/[oaPtTUewQlARDiB]$/.test(t)) i++;
        continue;
      }
      if (t.startsWith("-") && t.length > 1) continue;
      urls.push(t);
    } else {
      if (t === "-o" || t === "--output") {
        out2 = text(args[++i]);
        outputs++;
        continue;
      }
      if (t === "-O" || t === "--remote-name") {
        remote = true;
        outputs++;
        continue;
      }
      if (t === "--output-dir") {
        dir = text(args[++i]);
        continue;
      }
      if (t === "-J" || t === "--remote-header-name" || t === "--remote-name-all") return null;
      if (CURL_LONG_VALUE.has(t)) {
        i++;
        continue;
      }
      if (t.startsWith("--")) continue;
      if (/^-[a-zA-Z0-9#:]+$/.test(t)) {
        if (t.includes("J")) return null;
        for (let k = 1; k < t.length; k++) {
          const c = t[k];
          if (c === "O") {
            remote = true;
            outputs++;
            continue;
          }
          if (CURL_SHORT_VALUE.includes(c)) {
            const rest = t.slice(k + 1);
            const v = rest !== "" ? rest : text(args[++i]);
            if (c === "o") {
              out2 = v;
              outputs++;
            }
            break;
          }
        }
        continue;
      }
      if (t.startsWith("-") && t.length > 1) continue;
      urls.push(t);
    }
  }
  if (outputs > 1) return null;
  if (out2 !== null) {
    if (out2 === "-" || out2 === "/dev/null" || out2.startsWith("/dev/") || out2 === "") return null;
    return dir && !out2.startsWith("/") && inv.name === "curl" ? `${dir}/${out2}` : out2;
  }
  if (inv.name === "curl" && !remote) return null;
  if (urls.length !== 1) return null;
  const name = basenameOfUrl(urls[0]);
  if (!name) return null;
  return dir ? `${dir.replace(/\/$/, "")}/${name}` : name;
}
function useOf(inv, wordIndex, file) {
  if (wordIndex === inv.wrappers.length) {
    return TEMP_DIR.test(file) && (SCRIPT.test(file) || /install|setup|init/i.test(path2.basename(file))) ? "consume" : "keep";
  }
  if (inv.name === "rm") return "look";
  if (LOOKERS.has(inv.name)) return "look";
  if (EXTRACTORS.has(inv.name) && ARCHIVE.test(file)) return "consume";
  if (INTERPRETERS.test(inv.name) && TEMP_DIR.test(file) && !inv.args.some((a) => a.value === "-n") && (SCRIPT.test(file) || !/\.[a-z0-9]+$/i.test(path2.basename(file)))) return "consume";
  if (/^pip[0-9.]*$/.test(inv.name) && /\.(whl|tar\.gz|zip)$/.test(file)) return "consume";
  if (inv.name === "java" && /\.jar$/.test(file) && inv.args.some((a) => a.value === "-jar") && (/^\/(var\/)?tmp\//.test(file) || /install|setup/i.test(path2.basename(file)))) return "consume";
  return "keep";
}
function sameFile(w, file) {
  const t = w.value ?? w.text.replace(/^"(.*)"$/s, "$1");
  if (t === file) return true;
  if (!file.startsWith("/") && t === `./${file}`) return true;
  return t.endsWith(`=${file}`);
}
function globMatches(pattern, file) {
  if (!/[*?]/.test(pattern)) return false;
  const re = new RegExp(`^${pattern.split("").map((c) => c === "*" ? "[^/]*" : c === "?" ? "[^/]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("")}$`);
  return re.test(file);
}
function globOf(run, file) {
  const g = file.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "*");
  if (g.startsWith("/")) return g;
  const base2 = run.workdir ? `${run.workdir.replace(/\/$/, "")}/` : "**/";
  return `${base2}${g.replace(/^\.\//, "")}`;
}
var download = {
  id: "download",
  plan(run) {
    const downloads = [];
    for (const inv of run.invocations) {
      if (inv.name !== "wget" && inv.name !== "curl") continue;
      if (!inv.cmd.topLevelShell || inv.cmd.redirects.length) continue;
      const file = downloadTarget(inv);
      if (file) downloads.push({ inv, file });
    }
    if (downloads.length === 0) return NOTHING;
    const skips = [];
    const files = [];
    const cds = run.invocations.some((inv) => ["cd", "pushd", "popd"].includes(inv.name));
    const dirs = cds ? directories(run) : null;
    const loops = ["for_statement", "while_statement", "c_style_for_statement", "function_definition"].some((t) => run.script.nodeTypes.has(t));
    for (const d of downloads) {
      if (files.some((f) => f.file === d.file) || /[\s'"\\*?[\]]/.test(d.file)) continue;
      const at = dirs ? dirs.cwdAt(d.inv.cmd.start) : null;
      if (cds && !d.file.startsWith("/") && (at === null || d.file.includes("$"))) continue;
      const abs = cds && !d.file.startsWith("/") ? path2.posix.normalize(`${at}/${d.file}`) : null;
      const named = (w, inv) => {
        if (!abs || !dirs) return sameFile(w, d.file);
        const t = w.value ?? w.text.replace(/^"(.*)"$/s, "$1");
        const cwd = dirs.cwdAt(inv.cmd.start);
        if (t.startsWith("/")) return path2.posix.normalize(t) === abs || t.endsWith(`=${abs}`);
        return cwd !== null && (path2.posix.normalize(`${cwd}/${t}`) === abs || t.endsWith(`=${d.file}`) && cwd === at);
      };
      if (d.file.includes("$") && (loops || /\$\(|`/.test(d.file))) continue;
      if (d.file.includes("$") && run.script.commands.some((c) => c.start > d.inv.cmd.start && (c.assignments.length > 0 || ["export", "read", "declare", "local"].includes(c.words[0]?.value ?? "")))) continue;
      const removed = removedPaths(run, d.inv.cmd.end);
      const norm2 = normalizePath(d.file, null);
      const bare = (x) => x.replace(/^\.\//, "");
      if (removed.some((r) => covers(bare(r), bare(norm2)) || globMatches(bare(r), bare(norm2)))) continue;
      if (abs && removed.some((r) => covers(r, abs) || globMatches(r, abs))) continue;
      if (abs && run.invocations.some((inv) => inv.name === "rm" && inv.cmd.start > d.inv.cmd.end && inv.args.some((a) => named(a, inv)))) continue;
      if (BIN_DIR.test(d.file) || abs && BIN_DIR.test(abs)) continue;
      let consumed = false;
      let kept = false;
      const looked = /* @__PURE__ */ new Set();
      for (const inv of run.invocations) {
        if (inv.cmd.start <= d.inv.cmd.start) continue;
        inv.cmd.words.forEach((w, i) => {
          if (i < inv.wrappers.length || !named(w, inv)) return;
          const use = useOf(inv, i, d.file);
          if (use === "look") looked.add(inv.name);
          if (use === "consume") consumed = true;
          else if (use === "keep") kept = true;
        });
        for (const r of inv.cmd.redirects) if (r.target && named(r.target, inv)) kept = true;
      }
      if (!consumed || kept) continue;
      if (looked.has("chmod") && !TEMP_DIR.test(d.file)) continue;
      const name = path2.posix.basename(d.file);
      const stem = name.replace(/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, "");
      let refers;
      if (stem.length >= 4) {
        for (const ins of run.later) if (ins.text.includes(stem)) {
          refers = ins;
          break;
        }
      }
      if (refers) {
        skips.push(`download: ${d.file} is kept: the ${refers.keyword} at line ${refers.line} may refer to it`);
        continue;
      }
      files.push(abs ? { ...d, file: abs, from: at } : d);
    }
    if (files.length === 0) return { changes: [], skips };
    const list = files.map((f) => f.file);
    const quoted = files.map((f) => f.file.includes("$") ? `"${f.file}"` : f.file);
    const edit = appendCleanup(run, `${privilegePrefix(files.map((f) => f.inv))}rm -f ${quoted.join(" ")}`);
    if (typeof edit === "string") return { changes: [], skips: [...skips, `download: ${list.join(", ")} not removed: ${edit}`] };
    return {
      changes: [{ ...cacheChange(
        "download",
        `remove the downloaded ${list.join(", ")} at the end of the RUN`,
        `The RUN downloads ${list.length > 1 ? "these files" : "this file"} only to unpack or run ${list.length > 1 ? "them" : "it"}; removed in the same RUN, the layer no longer carries ${list.length > 1 ? "them" : "it"}. Safe: nothing else in the RUN keeps ${list.length > 1 ? "them" : "it"} and no later instruction names ${list.length > 1 ? "them" : "it"}.` + files.filter((f) => f.from).map((f) => ` The download names ${path2.posix.basename(f.file)} relative to ${f.from}, where the RUN is at that point (its cd/pushd), so it is removed by that absolute path, wherever the RUN ends.`).join(""),
        [edit],
        files.map((f) => globOf(run, f.file))
      ), at: files[0].inv.cmd.start }],
      skips
    };
  }
};
function directories(run) {
  const statements = run.script.statements;
  const changes = [];
  let cwd = run.workdir ?? null;
  const stack = [];
  let seen = false;
  for (const inv of run.invocations) {
    if (!["cd", "pushd", "popd"].includes(inv.name)) continue;
    const st = statements.find((s) => s.start <= inv.cmd.start && inv.cmd.end <= s.end);
    if (!st || st.start !== inv.cmd.start || st.end !== inv.cmd.end || !inv.cmd.topLevelShell || inv.wrappers.length) return null;
    seen = true;
    const args = inv.args.map((a) => a.value);
    if (args.some((a) => a === null)) return null;
    const target = args.filter((a) => a !== "-q" && a !== "-P" && a !== "-L");
    if (inv.name === "popd") {
      if (target.length || stack.length === 0) return null;
      cwd = stack.pop();
    } else {
      if (target.length !== 1 || target[0] === "-" || target[0].startsWith("-") || target[0].startsWith("~")) return null;
      if (inv.name === "pushd") stack.push(cwd);
      cwd = target[0].startsWith("/") ? path2.posix.normalize(target[0]) : cwd === null ? null : path2.posix.normalize(`${cwd}/${target[0]}`);
    }
    changes.push({ at: inv.cmd.end, cwd });
  }
  if (!seen) return null;
  const first = statements.findIndex((s) => s.start <= changes[0].at && changes[0].at <= s.end);
  if (statements.slice(first + 1).some((s) => s.before !== "&&")) return null;
  return {
    cwdAt(offset) {
      let at = run.workdir ?? null;
      for (const c of changes) if (c.at <= offset) at = c.cwd;
      return at;
    }
  };
}

// src/ecosystems/gem/cache.ts
var GEMRC_NO_DOCUMENT = /\b(gem|install|update):[ \t]*[^\n'"]*--no-(document|rdoc|ri)\b/;
var OFFICIAL_RUBY = /^(docker\.io\/)?(library\/)?ruby(:|@|$)/;
var FLAGS_WITH_VALUE7 = /* @__PURE__ */ new Set(["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-p", "--http-proxy", "--platform", "-g", "--file"]);
var gem = {
  id: "gem",
  plan(run) {
    const invs = run.invocations.filter((inv) => inv.name === "gem" && ["install", "update", "i"].includes(subWord(inv.args, FLAGS_WITH_VALUE7)?.value ?? ""));
    const todo = invs.filter((inv) => !inv.args.some((a) => /^(--no-document|-N|--no-rdoc|--no-ri|--document|--rdoc|--ri|--system)(=|$)/.test(a.value ?? "")));
    if (todo.length === 0) return NOTHING;
    if ([...run.earlier, run.ins].some((ins) => ins.keyword === "RUN" && GEMRC_NO_DOCUMENT.test(ins.text))) return NOTHING;
    if (OFFICIAL_RUBY.test(baseImage(run))) return { changes: [], skips: ["gem: documentation not turned off: the ruby image already does (its /usr/local/etc/gemrc sets install: --no-document)"] };
    if (run.env.has("GEMRC")) return { changes: [], skips: ["gem: GEMRC is set; its settings may already decide about documentation"] };
    const edits = todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE7), "--no-document"));
    return {
      changes: [cacheChange(
        "gem",
        `install gems without documentation (gem ${subWord(todo[0].args, FLAGS_WITH_VALUE7).value} --no-document)`,
        "gem generates ri/rdoc documentation for every gem it installs (often more than the gem itself); nothing uses it in a container. Safe: the installed gems are the same.",
        edits,
        ["**/doc/*/ri/**", "**/doc/*/rdoc/**"]
      )],
      skips: []
    };
  }
};

// src/ecosystems/go/cache.ts
var FILLS4 = /* @__PURE__ */ new Set(["build", "install", "test", "run", "vet", "get", "generate"]);
var FLAGS_WITH_VALUE8 = /* @__PURE__ */ new Set(["-C"]);
function custom(run) {
  const v = run.env.get("GOCACHE");
  return v && v.startsWith("/") ? v : null;
}
var go = appendingManager({
  id: "go",
  program: (name) => name === "go",
  flagsWithValue: FLAGS_WITH_VALUE8,
  fills: (sub) => sub !== null && FILLS4.has(sub),
  isCleanup: (sub, inv) => sub === "clean" && inv.args.some((a) => a.value === "-cache"),
  cacheDirs: (run) => [custom(run) ?? "", "~/.cache/go-build", "~/.cache", "/root/.cache/go-build", "/root/.cache"].filter((d) => d !== ""),
  cleanup: (prog, sudo) => `${sudo}${prog} clean -cache`,
  removes: (run) => {
    const dir = custom(run);
    return dir ? [`${dir}/**`] : homeGlobs(run, ".cache/go-build");
  },
  mounts: (run) => run.env.has("GOCACHE") && !custom(run) ? null : !isRoot(run) ? null : [{ target: custom(run) ?? "/root/.cache/go-build" }],
  saves: "Go's build cache (GOCACHE, ~/.cache/go-build: every compiled package, often hundreds of MB)",
  safe: "Safe: the built binaries and the module cache stay; a later build only compiles again.",
  guard: (run) => {
    if (run.env.has("GOCACHE") && !custom(run)) return "GOCACHE is set to a value not known here";
    if (/^(docker\.io\/)?(library\/)?golang:1\.[0-9](\.[0-9]+)?(-|$)/.test(baseImage(run))) return "the base image has Go before 1.10, which has no `go clean -cache`";
    return null;
  },
  perUser: true,
  cacheEnv: ["GOCACHE", "XDG_CACHE_HOME", "HOME"]
});

// src/ecosystems/microdnf/cache.ts
var microdnf = rpmManager("microdnf", "/var/cache/yum", ["/var/cache/dnf"]);

// src/ecosystems/npm/cache.ts
var FILLS5 = /* @__PURE__ */ new Set(["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add", "ci", "clean-install", "ic", "install-clean", "isntall-clean", "install-ci-test", "cit", "install-test", "it", "update", "up", "upgrade", "udpate"]);
var FLAGS_WITH_VALUE9 = /* @__PURE__ */ new Set(["--prefix", "-C", "--cache", "--registry", "--userconfig", "--loglevel", "-w", "--workspace"]);
function cacheDirs2(run) {
  const custom2 = run.env.get("npm_config_cache") ?? run.env.get("NPM_CONFIG_CACHE");
  return [custom2 ?? "", "~/.npm", "~/.npm/_cacache", "/root/.npm"].filter((d) => d !== "");
}
var npm = appendingManager({
  id: "npm",
  program: (name) => name === "npm",
  flagsWithValue: FLAGS_WITH_VALUE9,
  fills: (sub) => sub !== null && FILLS5.has(sub),
  isCleanup: (sub, inv) => sub === "cache" && inv.args.some((a) => a.value === "clean" || a.value === "clear" || a.value === "rm"),
  noCacheFlag: (inv) => inv.args.some((a) => a.value === "--cache" || a.value?.startsWith("--cache=") === true),
  cacheDirs: cacheDirs2,
  cleanup: (prog, sudo) => `${sudo}${prog} cache clean --force`,
  removes: (run) => {
    const custom2 = run.env.get("npm_config_cache") ?? run.env.get("NPM_CONFIG_CACHE");
    return [...homeGlobs(run, ".npm/_cacache"), ...custom2 ? [`${custom2}/_cacache/**`] : []];
  },
  mounts: (run) => run.env.has("npm_config_cache") || run.env.has("NPM_CONFIG_CACHE") || !isRoot(run) ? null : [{ target: "/root/.npm" }],
  saves: "npm's download cache (~/.npm/_cacache, about the size of node_modules again)",
  safe: "Safe: node_modules and global packages stay; only the cached tarballs go.",
  perUser: true,
  offlineFlags: /* @__PURE__ */ new Set(["--offline"]),
  cacheEnv: ["npm_config_cache", "NPM_CONFIG_CACHE", "HOME"]
});

// src/ecosystems/pip/cache.ts
var FLAGS_WITH_VALUE10 = /* @__PURE__ */ new Set([
  "--python",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--trusted-host",
  "--cert",
  "--client-cert",
  "--cache-dir",
  "--use-feature",
  "--use-deprecated",
  "--progress-bar"
]);
var PYTHON_FLAGS_WITH_VALUE = /* @__PURE__ */ new Set(["-W", "-X", "-c"]);
function pipArgs(inv) {
  if (/^pip[0-9.]*$/.test(inv.name)) return inv.args;
  if (!/^python[0-9.]*$/.test(inv.name)) return null;
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i].value;
    if (v === null || !v.startsWith("-")) return null;
    if (v === "-m") return inv.args[i + 1]?.value === "pip" ? inv.args.slice(i + 2) : null;
    if (v === "-mpip") return inv.args.slice(i + 1);
    if (PYTHON_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return null;
}
var OLD_PIP_DISTRO = /^(docker\.io\/)?(library\/)?(debian:(squeeze|wheezy|jessie|[678])|ubuntu:(precise|trusty|1[024]\.04))([-.:@]|$)/;
function oldDistroPip(run, first) {
  if (!OLD_PIP_DISTRO.test(baseImage(run))) return false;
  if (run.earlier.some((i) => i.keyword === "RUN" && UPGRADES_PIP.test(i.text))) return false;
  return !UPGRADES_PIP.test(run.doc.text.slice(run.ins.start, first.cmd.start));
}
var UPGRADES_PIP = /get-pip|pip[0-9.]*\s+install\s+(.*\s)?(-U|--upgrade)\s+(.*\s)?pip\b|pip[0-9.]*\s+install\s+(.*\s)?["']?pip[=<>~]|ensurepip|easy_install/;
function cacheDirs3(run) {
  const custom2 = run.env.get("PIP_CACHE_DIR") ?? run.env.get("XDG_CACHE_HOME");
  return ["~/.cache/pip", "/root/.cache/pip", ...custom2 ? [custom2] : []];
}
var pip = {
  id: "pip",
  plan(run) {
    const installs = [];
    for (const inv of run.invocations) {
      const args = pipArgs(inv);
      if (!args) continue;
      const sub = subWord(args, FLAGS_WITH_VALUE10);
      if (sub?.value === "install" || sub?.value === "wheel" || sub?.value === "download") installs.push({ inv, sub, args });
    }
    const noCache = (v) => v !== null && v.length >= 10 && "--no-cache-dir".startsWith(v.split("=")[0]);
    const todo = installs.filter((i) => !i.args.some((a) => noCache(a.value)));
    if (todo.length === 0) return NOTHING;
    if (hasCacheMount(run, cacheDirs3(run))) return { changes: [], skips: ["pip: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)"] };
    if (envSet(run, "PIP_NO_CACHE_DIR", todo.map((t) => t.inv))) return { changes: [], skips: ["pip: PIP_NO_CACHE_DIR is set, pip keeps no cache"] };
    const last = installs[installs.length - 1].inv;
    if (cleanedAfter(run, last.cmd.end, cacheDirs3(run)) || run.invocations.some((inv) => inv.cmd.start > last.cmd.start && pipArgs(inv) && subWord(pipArgs(inv), FLAGS_WITH_VALUE10)?.value === "cache" && pipArgs(inv).some((a) => a.value === "purge"))) {
      return NOTHING;
    }
    if (oldDistroPip(run, todo[0].inv)) {
      const upgrade = run.invocations.find((inv) => inv.cmd.start >= todo[0].inv.cmd.start && UPGRADES_PIP.test(run.doc.text.slice(inv.cmd.start, inv.cmd.end)));
      const after = upgrade ? todo.filter((t) => t.inv.cmd.start > upgrade.cmd.start) : [];
      if (after.length === 0) return { changes: [], skips: ["pip: the base image's distribution ships a pip older than 6.0 (no --no-cache-dir), and this Dockerfile does not upgrade it first"] };
      todo.splice(0, todo.length, ...after);
    }
    if (todo.some((t) => t.args.some((a) => /^--cache-dir(=|$)/.test(a.value ?? "")))) {
      return { changes: [], skips: ["pip: the install names its own --cache-dir"] };
    }
    const otherUser = todo.some((t) => t.inv.runsAsOtherUser);
    const custom2 = run.env.get("PIP_CACHE_DIR");
    const removes = [...homeGlobs(run, ".cache/pip", otherUser), ...custom2 ? [`${custom2}/**`] : []];
    if (run.strategy === "mount" && isRoot(run) && !otherUser && !run.env.has("PIP_CACHE_DIR") && !run.env.has("XDG_CACHE_HOME")) {
      return {
        changes: [cacheChange(
          "pip",
          "mount a BuildKit cache for pip at /root/.cache/pip",
          "pip's download and wheel cache stays in a BuildKit cache mount instead of the layer, so the image is as small as with --no-cache-dir and rebuilds reuse the downloads. Needs BuildKit (the default builder since Docker 23).",
          [mountEdit(run, [{ target: "/root/.cache/pip" }])],
          [...removes, ...mountParents([{ target: "/root/.cache/pip" }])]
        )],
        skips: []
      };
    }
    const spelled = todo[0].inv.cmd.words.slice(todo[0].inv.wrappers.length).map((w) => w.text);
    const shown = spelled.slice(0, spelled.indexOf(todo[0].sub.text) + 1).join(" ");
    return {
      changes: [cacheChange(
        "pip",
        `add --no-cache-dir to ${shown}${todo.length > 1 ? ` (and ${todo.length - 1} more)` : ""}`,
        `pip keeps every downloaded wheel and HTTP response in ~/.cache/pip (often as large as the installed packages); --no-cache-dir leaves it out of the layer. Safe: ${safeBecause(todo.map((t) => t.sub.value ?? ""))}.`,
        todo.map((t) => flagAfter(t.sub, "--no-cache-dir")),
        removes
      )],
      skips: []
    };
  }
};
function safeBecause(subs) {
  const made = [...new Set(subs.map((s) => s === "download" ? "downloaded" : s === "wheel" ? "built" : "installed"))];
  return `the same packages are ${made.length === 1 ? made[0] : `${made.slice(0, -1).join(", ")} and ${made[made.length - 1]}`}`;
}

// src/ecosystems/pnpm/cache.ts
var FILLS6 = /* @__PURE__ */ new Set(["install", "i", "add", "fetch", "update", "up", "upgrade"]);
var FLAGS_WITH_VALUE11 = /* @__PURE__ */ new Set(["-C", "--dir", "--filter", "-F", "--store-dir", "--reporter", "--loglevel"]);
function storeGlobs(run) {
  const pnpmHome = run.env.get("PNPM_HOME");
  return [...homeGlobs(run, ".local/share/pnpm/store"), "**/pnpm/store/**", ...pnpmHome ? [`${pnpmHome}/store/**`] : []];
}
var pnpm = appendingManager({
  id: "pnpm",
  program: (name) => name === "pnpm",
  flagsWithValue: FLAGS_WITH_VALUE11,
  fills: (sub) => sub !== null && FILLS6.has(sub),
  isCleanup: (sub, inv) => sub === "store" && inv.args.some((a) => a.value === "prune"),
  cacheDirs: (run) => ["~/.local/share/pnpm/store", "~/.pnpm-store", ...run.env.get("PNPM_HOME") ? [`${run.env.get("PNPM_HOME")}/store`] : []],
  cleanup: (prog, sudo) => `${sudo}${prog} store prune`,
  removes: storeGlobs,
  saves: "Whatever pnpm's store holds that no installed project references",
  safe: "Safe: `pnpm store prune` keeps every package node_modules links to.",
  perUser: true,
  offlineFlags: /* @__PURE__ */ new Set(["--offline"]),
  prefetch: /* @__PURE__ */ new Set(["fetch"]),
  cacheEnv: ["PNPM_HOME", "npm_config_store_dir", "HOME", "XDG_DATA_HOME"]
});

// src/ecosystems/yarn/cache.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/dockerignore.ts
import fs2 from "node:fs";
import path3 from "node:path";
var IGNORED_BY_ECOSYSTEM = {
  npm: ["node_modules"],
  yarn: ["node_modules"],
  pnpm: ["node_modules"],
  pip: ["**/__pycache__", "**/*.pyc"],
  poetry: ["**/__pycache__", "**/*.pyc", ".venv"],
  pipenv: ["**/__pycache__", "**/*.pyc", ".venv"],
  uv: ["**/__pycache__", "**/*.pyc", ".venv"],
  go: [],
  maven: ["target"],
  gradle: [".gradle", "build"],
  bundler: ["vendor/bundle"],
  composer: ["vendor"],
  cargo: ["target"]
};
function copiesWholeContext(ins) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD") return false;
  if (ins.flags.some((f) => f.name === "from")) return false;
  return copySources(ins).some((s) => s === "." || s === "./");
}
function copySources(ins) {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith("[")) {
    try {
      const parsed = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === "string")) return parsed.slice(0, -1);
    } catch {
      return [];
    }
    return [];
  }
  if (ins.heredoc) return [];
  return ins.args.slice(0, -1).map((a) => a.value);
}
function norm(p) {
  return path3.posix.normalize(p.replace(/\\/g, "/")).replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function overlaps(pattern, source) {
  const src2 = norm(source);
  if (src2 === "." || src2 === "") return false;
  if (/[*?[]/.test(pattern)) {
    const last = pattern.split("/").pop();
    const re = new RegExp(`^${last.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    return src2.split("/").some((seg) => re.test(seg)) || /[*?[]/.test(src2);
  }
  return src2 === pattern || src2.startsWith(`${pattern}/`) || pattern.startsWith(`${src2}/`) || /[*?[]/.test(src2);
}
function existing(context, entries) {
  const found = [];
  const plain = entries.filter((e) => !e.startsWith("**/"));
  for (const e of plain) if (fs2.existsSync(path3.join(context.dir, e))) found.push(e);
  const deep = entries.filter((e) => e.startsWith("**/")).map((e) => e.slice(3));
  if (deep.length === 0) return found;
  const res = deep.map((d) => new RegExp(`^${d.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*")}$`));
  let budget = 5e3;
  const walk = (rel) => {
    for (const name of context.list(rel)) {
      if (--budget < 0 || found.length > 5) return;
      const child = rel === "" ? name : `${rel}/${name}`;
      if (res.some((re) => re.test(name))) found.push(child);
      if (name === ".git" || name === "node_modules") continue;
      let isDir = false;
      try {
        isDir = fs2.lstatSync(path3.join(context.dir, child)).isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) walk(child);
    }
  };
  walk("");
  return found;
}
var GIT_WITHOUT_REPO = /* @__PURE__ */ new Set(["clone", "init", "config", "version", "--version", "help", "--help", "ls-remote"]);
function readsRepository(doc) {
  return doc.instructions.some((ins) => {
    const script = ins.keyword === "RUN" ? ins.shell?.script : null;
    if (!script) return false;
    let made = false;
    for (const c of script.commands) {
      if (c.words.some((w) => w.value !== null && !w.value.includes("*") && /(^|\/)\.git\/?$/.test(w.value))) return true;
      const inv = invocation(c);
      if (inv?.name !== "git") continue;
      const sub = inv.args.find((a, i) => !(a.value ?? "").startsWith("-") && !["-C", "-c", "--git-dir", "--work-tree"].includes(inv.args[i - 1]?.value ?? ""));
      if (sub?.value === "clone" || sub?.value === "init") made = true;
      else if (!made && !GIT_WITHOUT_REPO.has(sub?.value ?? "help")) return true;
    }
    return false;
  });
}
var DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|.\.[Dd]ockerfile$/;
function siblingSources(context) {
  const out2 = [];
  let read = 0;
  for (const name of context.list("")) {
    if (!DOCKERFILE_NAME.test(name) || name.endsWith(".dockerignore") || ++read > 20) continue;
    let text;
    try {
      const file = path3.join(context.dir, name);
      if (!fs2.statSync(file).isFile() || fs2.statSync(file).size > 1024 * 1024) continue;
      text = fs2.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    try {
      for (const i of parseDocumentCached(text).instructions) {
        if ((i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.some((f) => f.name === "from")) out2.push(...copySources(i));
      }
    } catch {
    }
  }
  return out2;
}
function proposeDockerignore(doc, context, ecosystems) {
  if (!context || context.hasDockerignore) return null;
  const copies = doc.instructions.filter((i) => i.keyword === "COPY" || i.keyword === "ADD");
  if (!copies.some(copiesWholeContext)) return null;
  const candidates = new Set(readsRepository(doc) ? [] : [".git"]);
  for (const eco of ecosystems) for (const e of IGNORED_BY_ECOSYSTEM[eco] ?? []) candidates.add(e);
  const named = [...copies.filter((i) => !i.flags.some((f) => f.name === "from")).flatMap(copySources), ...siblingSources(context)];
  const entries = [...candidates].filter((e) => !named.some((s) => overlaps(e, s)));
  if (entries.length === 0) return null;
  const present = existing(context, entries);
  const self = named.some((s) => overlaps(".dockerignore", s)) ? [] : [".dockerignore"];
  const content = [
    "# Proposed by dockerfix: files the image build never needs from the context.",
    ...entries,
    ...self,
    ""
  ].join("\n");
  const saves = "The builder no longer receives them with the context on every build, and COPY . no longer misses the cache when only they change (a commit, a local install)";
  return {
    message: `add a .dockerignore excluding ${entries.join(", ")}${self.length ? " (and itself)" : ""}`,
    // With none of them in the context yet, the gain is for when they appear: told as such, not as a saving now.
    reason: present.length ? `${saves}. Unsafe: the context holds ${present.slice(0, 5).join(", ")}, which COPY . puts in the image today and would no longer.` : "Once they appear (a commit, a local install), the builder does not receive them with the context on every build, and COPY . does not miss the cache when only they change. Safe: none of these paths exists in the context now, so the image does not change.",
    safety: present.length ? "unsafe" : "safe",
    edits: [],
    files: [{ path: ".dockerignore", content }],
    tag: "dockerignore"
  };
}

// src/ecosystems/yarn/cache.ts
var FILLS7 = /* @__PURE__ */ new Set(["install", "add", "upgrade", "global"]);
var FLAGS_WITH_VALUE12 = /* @__PURE__ */ new Set(["--cwd", "--cache-folder", "--modules-folder", "--network-timeout", "--mutex", "--registry", "--global-folder"]);
function berry(run, invs) {
  if (invs.some((i) => i.args.some((a) => a.value === "--immutable" || a.value === "--immutable-cache" || a.value === "--check-cache"))) {
    return "uses Yarn 2+ flags (--immutable); its cache may hold the packages Plug'n'Play loads at run time";
  }
  const all = [...run.earlier, run.ins];
  if (all.some((ins) => /\.yarnrc\.yml|corepack|yarn set version|yarn policies set-version|YARN_ENABLE_GLOBAL_CACHE|\.yarn\/releases/.test(ins.text))) {
    return "the Dockerfile sets up Yarn 2+ (.yarnrc.yml, corepack or `yarn set version`); its cache may hold the packages Plug'n'Play loads at run time";
  }
  const ctx = run.context;
  if (ctx) {
    if (ctx.has(".yarnrc.yml")) return "the build context has .yarnrc.yml (Yarn 2+); its cache may hold the packages Plug'n'Play loads at run time";
    const pkg = ctx.read("package.json");
    if (pkg && /"packageManager"\s*:\s*"yarn@(?!1\.)/.test(pkg)) return "package.json asks for Yarn 2+ (packageManager); its cache may hold the packages Plug'n'Play loads at run time";
  }
  return null;
}
function berryUnknown(run) {
  if (run.context) return null;
  const copy = run.earlier.find(
    (ins) => (ins.keyword === "COPY" || ins.keyword === "ADD") && !ins.flags.some((f) => f.name === "from") && copySources(ins).some(mayBringYarnrc)
  );
  if (!copy) return null;
  return `only for Yarn 1 (classic): with no build context to read, the COPY at line ${copy.line} may bring a .yarnrc.yml that hands the install to Yarn 2+, whose cache may hold the packages Plug'n'Play loads at run time`;
}
function mayBringYarnrc(source) {
  const base2 = source.replace(/\/+$/, "").split("/").pop() ?? "";
  if (source === "." || source === "./" || source.endsWith("/")) return true;
  if (/[*?[]/.test(base2)) return import_picomatch.default.isMatch(".yarnrc.yml", base2, { dot: true });
  return base2 === ".yarnrc.yml" || !base2.includes(".") && !EXTENSIONLESS_FILES.test(base2);
}
var EXTENSIONLESS_FILES = /^(Gemfile|Makefile|GNUmakefile|Dockerfile|Containerfile|Procfile|Pipfile|Rakefile|Brewfile|Vagrantfile|Jenkinsfile|Caddyfile|Justfile|LICENSE|LICENCE|README|CHANGELOG|VERSION|NOTICE|AUTHORS)$/i;
var yarn = appendingManager({
  id: "yarn",
  program: (name) => name === "yarn" || name === "yarnpkg",
  flagsWithValue: FLAGS_WITH_VALUE12,
  // A bare `yarn` (or `yarn --frozen-lockfile`) is `yarn install`.
  fills: (sub, inv) => sub === null ? !inv.args.some((a) => /^(-v|--version|-h|--help)$/.test(a.value ?? "")) : FILLS7.has(sub),
  isCleanup: (sub, inv) => sub === "cache" && inv.args.some((a) => a.value === "clean"),
  noCacheFlag: (inv) => inv.args.some((a) => a.value === "--cache-folder" || a.value?.startsWith("--cache-folder=") === true),
  cacheDirs: (run) => ["/usr/local/share/.cache/yarn", "~/.cache/yarn", ...run.env.get("YARN_CACHE_FOLDER") ? [run.env.get("YARN_CACHE_FOLDER")] : []],
  cleanup: (prog, sudo) => `${sudo}${prog} cache clean`,
  removes: (run) => ["/usr/local/share/.cache/yarn/**", ...homeGlobs(run, ".cache/yarn"), ...run.env.get("YARN_CACHE_FOLDER") ? [`${run.env.get("YARN_CACHE_FOLDER")}/**`] : []],
  mounts: (run) => run.env.has("YARN_CACHE_FOLDER") ? null : [{ target: "/usr/local/share/.cache/yarn" }],
  saves: "Yarn's package cache (/usr/local/share/.cache/yarn or ~/.cache/yarn, about the size of node_modules again)",
  safe: "Safe: node_modules stays; only the cached packages go.",
  guard: berry,
  unsafeIf: berryUnknown,
  perUser: true,
  offlineFlags: /* @__PURE__ */ new Set(["--offline"]),
  cacheEnv: ["YARN_CACHE_FOLDER", "HOME", "XDG_CACHE_HOME"]
});

// src/ecosystems/zypper/cache.ts
var FILLS8 = /* @__PURE__ */ new Set([
  "install",
  "in",
  "update",
  "up",
  "refresh",
  "ref",
  "dist-upgrade",
  "dup",
  "patch",
  "source-install",
  "si",
  "install-new-recommends",
  "inr",
  "addrepo",
  "ar",
  "modifyrepo",
  "mr"
]);
var FLAGS_WITH_VALUE13 = /* @__PURE__ */ new Set([
  "-R",
  "--root",
  "-c",
  "--config",
  "-D",
  "--reposd-dir",
  "-C",
  "--cache-dir",
  "--raw-cache-dir",
  "--solv-cache-dir",
  "--pkg-cache-dir",
  "--userdata",
  "--installroot"
]);
var zypper = appendingManager({
  id: "zypper",
  program: (name) => name === "zypper",
  flagsWithValue: FLAGS_WITH_VALUE13,
  fills: (sub) => sub !== null && FILLS8.has(sub) && sub !== "addrepo" && sub !== "ar" && sub !== "modifyrepo" && sub !== "mr",
  isCleanup: (sub) => sub === "clean" || sub === "cc",
  cacheDirs: () => ["/var/cache/zypp"],
  cleanup: (prog, sudo) => `${sudo}${prog} clean -a`,
  removes: () => ["/var/cache/zypp/**"],
  mounts: () => [{ target: "/var/cache/zypp", sharing: "locked" }],
  saves: "The zypper repository metadata and package cache (/var/cache/zypp)",
  safe: "Safe: the installed packages stay; a later zypper command refreshes the metadata when it needs it."
});

// src/ecosystems/cache.ts
var CACHE_MANAGERS = [
  apt,
  apk,
  yum,
  dnf,
  microdnf,
  zypper,
  pip,
  npm,
  yarn,
  pnpm,
  gem,
  bundler,
  composer,
  conda,
  go,
  download
];

// transforms/cache-cleanup.ts
var MANAGER_WORDS = /\b(apt-get|apt|apk|yum|dnf|microdnf|zypper|pip[0-9.]*|npm|yarn|pnpm|gem|bundle|composer|conda|mamba)\s+(-\S+\s+)*(install|add|update|ci|i|in|create)\b/;
var cacheCleanup = {
  id: "cache-cleanup",
  description: "remove package-manager caches and downloaded installers in the RUN that created them (or use cache mounts)",
  defaultEnabled: true,
  // After merge-runs: a cleanup belongs at the end of the merged RUN, after every command that fills the cache.
  priority: 95,
  run(ctx) {
    const changes = [];
    const skipped = [];
    const { doc } = ctx;
    const unshipped = buildOnlyStages(doc);
    for (const stage of doc.stages) {
      if (!stage.posixShell) continue;
      const note = unshipped.has(stage) ? BUILD_STAGE_NOTE : "";
      const list = stage.instructions;
      for (let at = 0; at < list.length; at++) {
        const ins = list[at];
        if (ins.keyword !== "RUN") continue;
        const script = ins.shell?.script;
        if (!script || ins.shell?.opaqueReason) {
          if (MANAGER_WORDS.test(ins.text)) skipped.push({ line: ins.line, reason: `RUN not cleaned: ${ins.shell?.opaqueReason ?? "no shell view"}` });
          continue;
        }
        const run = new LazyRunView(ctx, stage, ins, at);
        let redirect2;
        for (const manager of CACHE_MANAGERS) {
          const plan = manager.plan(run);
          if (plan.changes.length && run.cacheMounts.length) {
            redirect2 ??= mountNamedElsewhere(run);
            if (redirect2) {
              for (const c of plan.changes) {
                skipped.push({ line: ins.line, reason: `${manager.id}: not cleaned (${c.message}): ${redirect2}, which may make it ${manager.id}'s cache (a symlink or a config), and the change would empty or bypass the mount` });
              }
              for (const reason of plan.skips) skipped.push({ line: ins.line, reason });
              continue;
            }
          }
          const tail = script.statements[script.statements.length - 1]?.end;
          for (const c of plan.changes) {
            const told = note ? { ...c, reason: `${c.reason}${note}` } : c;
            changes.push(c.at === void 0 && c.edits.length === 1 && c.edits[0].start === tail ? { ...told, at: ins.start } : told);
          }
          for (const reason of plan.skips) skipped.push({ line: ins.line, reason });
        }
      }
    }
    return { changes, skipped };
  }
};
var BUILD_STAGE_NOTE = " This stage is not the base of the final stage (the final image can only copy files from it), so what leaves is in this stage's layers and the build cache, not in the shipped image.";
function buildOnlyStages(doc) {
  const stages = doc.stages;
  if (stages.length < 2 || stages.some((s) => s.image.includes("$"))) return /* @__PURE__ */ new Set();
  const last = stages[stages.length - 1];
  const shipped = /* @__PURE__ */ new Set([last, ...ancestry(doc, last)]);
  return new Set(stages.filter((s) => !shipped.has(s)));
}
var LazyRunView = class {
  constructor(ctx, stage, ins, at) {
    this.stage = stage;
    this.ins = ins;
    this.at = at;
    this.doc = ctx.doc;
    const script = ins.shell.script;
    this.script = script;
    const invocations = [];
    for (const cmd of script.commands) {
      const inv = invocation(cmd);
      if (inv !== null) invocations.push(inv);
    }
    this.invocations = invocations;
    this.strategy = ctx.cacheStrategy;
    this.cacheMounts = ins.flags.length === 0 ? [] : ins.flags.filter((f) => f.name === "mount" && f.value !== null && /(^|,)type=(cache|tmpfs)(,|$)/.test(f.value)).map((f) => /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1] ?? "").filter((t) => t !== "");
    this.context = ctx.context;
  }
  stage;
  ins;
  at;
  doc;
  script;
  invocations;
  strategy;
  cacheMounts;
  context;
  _earlier;
  _env;
  _user;
  _workdir;
  get earlier() {
    return this._earlier ??= [...ancestry(this.doc, this.stage).flatMap((s) => s.instructions.slice(1)), ...this.stage.instructions.slice(1, this.at)];
  }
  get env() {
    return this._env ??= scopeEnv(this.earlier);
  }
  get user() {
    if (this._user === void 0) this._user = scopeUser(this.earlier);
    return this._user;
  }
  get workdir() {
    if (this._workdir === void 0) this._workdir = scopeWorkdir(this.earlier);
    return this._workdir;
  }
  /** Made as it is read: most scans stop early (at the next `apt-get update`), and a long file has many RUNs. */
  get later() {
    const parts = this.laterParts;
    return {
      *[Symbol.iterator]() {
        yield* parts.inStage;
        for (const segment of parts.beyond) yield* segment;
      }
    };
  }
  get laterParts() {
    const { doc, stage, at } = this;
    return {
      inStage: {
        *[Symbol.iterator]() {
          for (let i = at + 1; i < stage.instructions.length; i++) yield stage.instructions[i];
        }
      },
      // Computed when first read.
      get beyond() {
        return beyondStage(doc, stage);
      }
    };
  }
};
function mountNamedElsewhere(run) {
  const doc = run.doc;
  for (const raw of run.cacheMounts) {
    const target = raw.replace(/^(["'])(.*)\1$/s, "$2");
    if (!/^\/[^$`\\\s]*$/.test(target)) return `its cache mount target ${raw} is not a literal absolute path`;
    const dir = target.replace(/\/+$/, "");
    if (dir === "") return "its cache mount covers /";
    const named = new RegExp(`(^|[^\\w./-])${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=$|[^\\w.-])`);
    const shell = run.ins.shell;
    if (named.test(doc.text.slice(shell.start, shell.end))) return `the RUN names its cache mount ${dir} in its commands`;
    for (const [name, value] of run.env) if (value !== null && named.test(value)) return `$${name} names the RUN's cache mount ${dir}`;
    for (const i of run.earlier) {
      const text = i.keyword === "RUN" && i.shell ? doc.text.slice(i.shell.start, i.shell.end) : i.keyword === "RUN" ? "" : i.text;
      if (named.test(text)) return `the ${i.keyword} at line ${i.line} names the RUN's cache mount ${dir}`;
    }
  }
  return null;
}
var ancestries = /* @__PURE__ */ new WeakMap();
function ancestry(doc, stage) {
  const known = ancestries.get(stage);
  if (known) return known;
  const chain = [];
  ancestries.set(stage, chain);
  let cur = stage;
  while (cur) {
    const parent = parentStage(doc, cur);
    if (parent) chain.unshift(parent);
    cur = parent;
  }
  return chain;
}
var beyond = /* @__PURE__ */ new WeakMap();
var bodies = /* @__PURE__ */ new WeakMap();
function body2(stage) {
  let out2 = bodies.get(stage);
  if (!out2) bodies.set(stage, out2 = stage.instructions.slice(1));
  return out2;
}
var linksOf = /* @__PURE__ */ new WeakMap();
function stageLinks(doc) {
  let links = linksOf.get(doc);
  if (links) return links;
  const parents = stageParents(doc);
  links = { children: doc.stages.map(() => []), variable: [], copies: /* @__PURE__ */ new Map() };
  for (const s of doc.stages) {
    if (s.image.includes("$")) links.variable.push(s.index);
    else if (parents[s.index]) links.children[parents[s.index].index].push(s.index);
    for (const i of s.instructions) {
      if (i.keyword !== "COPY" && i.keyword !== "ADD") continue;
      const from = i.flags.find((f) => f.name === "from")?.value?.toLowerCase();
      if (from === void 0) continue;
      const list = links.copies.get(from);
      if (list) list.push(i);
      else links.copies.set(from, [i]);
    }
  }
  linksOf.set(doc, links);
  return links;
}
function beyondStage(doc, stage) {
  const known = beyond.get(stage);
  if (known) return known;
  const { children, variable, copies } = stageLinks(doc);
  const family = /* @__PURE__ */ new Set();
  const grow = (root) => {
    const todo = [root];
    while (todo.length) {
      const k = todo.pop();
      family.add(k);
      todo.push(...children[k]);
    }
  };
  grow(stage.index);
  let named = Infinity;
  for (const k of family) if (doc.stages[k].name !== null && k < named) named = k;
  for (const k of variable) if (k > named && !family.has(k)) grow(k);
  const members = [...family].sort((a, b) => a - b);
  const copied = /* @__PURE__ */ new Set();
  for (const k of members) {
    for (const key of [String(k), doc.stages[k].name]) {
      for (const i of (key === null ? void 0 : copies.get(key)) ?? []) if (!family.has(i.stage)) copied.add(i);
    }
  }
  const out2 = [...members.filter((k) => k !== stage.index).map((k) => body2(doc.stages[k])), [...copied].sort((a, b) => a.index - b.index)];
  beyond.set(stage, out2);
  return out2;
}
function unquote(v) {
  return v.replace(/^(["'])(.*)\1$/s, "$2");
}
function scopeEnv(earlier) {
  const env = /* @__PURE__ */ new Map();
  for (const i of earlier) {
    if (i.keyword !== "ENV" && i.keyword !== "ARG") continue;
    const args = i.args.map((a) => a.value);
    if (i.keyword === "ENV" && args.length >= 2 && !args[0].includes("=")) {
      const v = unquote(args.slice(1).join(" "));
      env.set(args[0], v.includes("$") ? null : v);
      continue;
    }
    for (const a of args) {
      const eq = a.indexOf("=");
      if (eq < 0) {
        if (i.keyword === "ARG" && !env.has(a)) env.set(a, null);
        continue;
      }
      const v = unquote(a.slice(eq + 1));
      env.set(a.slice(0, eq), v.includes("$") ? null : v);
    }
  }
  return env;
}
function scopeUser(earlier) {
  const last = [...earlier].reverse().find((i) => i.keyword === "USER");
  if (!last) return "root";
  const user = (last.args[0]?.value ?? "").split(":")[0];
  return user.includes("$") ? null : user;
}
function scopeWorkdir(earlier) {
  let dir = null;
  for (const i of earlier) {
    if (i.keyword !== "WORKDIR") continue;
    const v = unquote(i.args.map((a) => a.value).join(" "));
    if (v.includes("$")) dir = null;
    else dir = v.startsWith("/") ? v : dir ? `${dir.replace(/\/$/, "")}/${v}` : null;
  }
  return dir;
}

// transforms/deps-first.ts
import fs3 from "node:fs";
import path5 from "node:path";

// src/ownership.ts
function normalizePath2(p) {
  const out2 = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out2.pop();
    else out2.push(seg);
  }
  return `/${out2.join("/")}`;
}
function resolvePath(cwd, p) {
  if (p.startsWith("/")) return normalizePath2(p);
  if (cwd === null) return null;
  return normalizePath2(`${cwd}/${p}`);
}
function isWithin(p, root) {
  if (root === "/") return true;
  return p === root || p.startsWith(`${root}/`);
}
function dirsBetween(root, p) {
  if (!isWithin(p, root) || p === root) return [];
  const out2 = [root];
  const rest = root === "/" ? p.slice(1) : p.slice(root.length + 1);
  const segs = rest.split("/");
  let cur = root;
  for (let i = 0; i < segs.length - 1; i++) {
    cur = cur === "/" ? `/${segs[i]}` : `${cur}/${segs[i]}`;
    out2.push(cur);
  }
  return out2;
}
var SYSTEM_TOP = /* @__PURE__ */ new Set(["", "bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "media", "mnt", "opt", "proc", "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var"]);
function isBasePath(p, createdHomes = /* @__PURE__ */ new Set()) {
  const segs = normalizePath2(p).split("/").slice(1);
  const top = segs[0] ?? "";
  if (segs.length === 1 && SYSTEM_TOP.has(top)) return true;
  if (segs.length === 0) return true;
  switch (top) {
    case "usr":
      return !(segs[1] === "src" && segs.length >= 3);
    case "var":
      return !(segs[1] === "www" && segs.length >= 3 && segs[2] !== "html");
    case "home":
      return ![...createdHomes].some((h) => isWithin(normalizePath2(p), h));
    case "etc":
    case "root":
    case "run":
    case "bin":
    case "sbin":
    case "lib":
    case "lib32":
    case "lib64":
    case "libx32":
    case "proc":
    case "sys":
    case "dev":
    case "boot":
      return true;
    default:
      return false;
  }
}
var VAR_REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function expandVars(text, vars) {
  let ok = true;
  const out2 = text.replace(VAR_REF, (_m, braced, op, word2, bare) => {
    const name = braced ?? bare;
    const v = vars.has(name) ? vars.get(name) : void 0;
    if (op === ":-" || op === "-") {
      if (v === null) ok = false;
      return v === void 0 || op === ":-" && v === "" ? word2 ?? "" : v ?? "";
    }
    if (op) {
      ok = false;
      return "";
    }
    if (v === void 0 || v === null) {
      ok = false;
      return "";
    }
    return v;
  });
  return ok ? out2 : null;
}
function varNames(text) {
  return [...text.matchAll(VAR_REF)].map((m) => m[1] ?? m[4]);
}
var assignments = /* @__PURE__ */ new WeakMap();
function readAssignments(ins) {
  let known = assignments.get(ins);
  if (known === void 0) {
    known = readAssignmentsUncached(ins);
    assignments.set(ins, known);
  }
  return known;
}
function readAssignmentsUncached(ins) {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start);
  const out2 = [];
  if (ins.keyword === "ENV" && ins.args.length > 0 && !ins.args[0].value.includes("=")) {
    const rest = raw.slice(ins.args[0].value.length).trim();
    out2.push({ name: ins.args[0].value, value: unquote2(rest) });
    return out2;
  }
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i])) i++;
    if (i >= raw.length) break;
    let token = "";
    let quote = null;
    while (i < raw.length && (quote !== null || !/\s/.test(raw[i]))) {
      const c = raw[i];
      if (quote) {
        if (c === quote) quote = null;
        else token += c;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "\\" && i + 1 < raw.length && !/[\r\n]/.test(raw[i + 1])) {
        token += raw[i + 1];
        i++;
      } else token += c;
      i++;
    }
    const eq = token.indexOf("=");
    if (eq > 0) out2.push({ name: token.slice(0, eq), value: token.slice(eq + 1) });
    else if (token && !/^[`\\]$/.test(token)) out2.push({ name: token, value: null });
  }
  return out2;
}
function unquote2(s) {
  const m = /^(["'])(.*)\1$/s.exec(s);
  return m ? m[2] : s;
}
function parseOwner(spec) {
  if (!/^[A-Za-z0-9_.:${}@+-]+$/.test(spec) || /\$\{[^}]*[:?+-]/.test(spec)) return { error: `owner "${spec}" is not a plain user[:group]` };
  let user;
  let group;
  const colon = spec.indexOf(":");
  if (colon >= 0) {
    user = spec.slice(0, colon);
    group = spec.slice(colon + 1);
    if (group.includes(":")) return { error: `owner "${spec}" is not a plain user[:group]` };
    if (group === "") return { error: `"${spec}" sets the group to ${user}'s login group, which COPY --chown cannot name without knowing it` };
  } else if (spec.includes(".")) {
    if (!/^\d+\.\d+$/.test(spec)) {
      return { error: `owner "${spec}" is ambiguous: chown takes it as a user named "${spec}" if one exists, else as user.group (the old syntax), and which one is not known here` };
    }
    [user, group] = spec.split(".");
  } else {
    user = spec;
    group = null;
  }
  return { text: spec, user: user === "" ? null : user, group };
}
function isNumericId(s) {
  return /^\d+$/.test(s);
}
function parseOwnershipCall(tool, args) {
  let recursive = false;
  const positional = [];
  let flagsDone = false;
  for (const a of args) {
    const v = a.value;
    if (v === null) {
      positional.push(a);
      continue;
    }
    if (!flagsDone && v === "--") {
      flagsDone = true;
      continue;
    }
    if (!flagsDone && v.startsWith("--")) {
      if (v === "--recursive") recursive = true;
      else if (v === "--verbose" || v === "--changes" || v === "--silent" || v === "--quiet" || v === "--preserve-root") continue;
      else return { error: `${tool} ${v} is not handled` };
      continue;
    }
    if (!flagsDone && tool === "chmod" && /^-[Rvcf]+$/.test(v)) {
      if (v.includes("R")) recursive = true;
      continue;
    }
    if (!flagsDone && tool === "chown" && /^-[A-Za-z]+$/.test(v)) {
      for (const f of v.slice(1)) {
        if (f === "R") recursive = true;
        else if (f === "v" || f === "c" || f === "f") continue;
        else return { error: `chown -${f} (${f === "h" ? "acts on symlinks themselves" : f === "H" || f === "L" ? "follows symlinks" : f === "P" ? "traversal option" : "option"}) is not handled` };
      }
      continue;
    }
    positional.push(a);
  }
  return { recursive, positional };
}
function parseChown(args) {
  const r = parseOwnershipCall("chown", args);
  if ("error" in r) return r;
  if (r.positional.length < 2) return { error: "chown without owner and path" };
  return { recursive: r.recursive, owner: r.positional[0], paths: r.positional.slice(1) };
}
function parseChmod(args) {
  const r = parseOwnershipCall("chmod", args);
  if ("error" in r) return r;
  if (r.positional.length < 2) return { error: "chmod without mode and path" };
  return { recursive: r.recursive, mode: r.positional[0], paths: r.positional.slice(1) };
}
function octalMode(mode) {
  return /^0?[0-7]{3}$/.test(mode) ? mode : null;
}
var ARCHIVE2 = /\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz4|lzma)|gz|bz2|xz|zst)$/i;
function copyWrite(ins, workdir, vars, isFile) {
  let words;
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith("[")) {
    try {
      const parsed = JSON.parse(raw);
      if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) return { error: "unreadable JSON form" };
      words = parsed;
    } catch {
      return { error: "unreadable JSON form" };
    }
  } else if (ins.heredoc) {
    words = ins.text.split(/\r?\n/)[0].trim().split(/\s+/).slice(1).filter((w) => !w.startsWith("--"));
  } else {
    words = ins.args.map((a) => a.value);
  }
  if (words.length < 2) return { error: "COPY without source and destination" };
  const destRaw = words[words.length - 1];
  const sources = words.slice(0, -1);
  const dest = expandVars(destRaw, vars);
  if (dest === null) return { error: `the destination ${destRaw} uses a variable with no known value` };
  const resolved = resolvePath(workdir, dest);
  if (resolved === null) return { error: `the destination ${destRaw} is relative and the working directory is unknown` };
  if (ins.heredoc) return { region: resolved, singleFile: false, certainDir: false, problem: `the ${ins.keyword} at line ${ins.line} uses a heredoc` };
  if (ins.keyword === "ADD") {
    for (const s of sources) {
      if (/^(git@|[a-z]+:\/\/.*\.git(#|$))/i.test(s) || !/^[a-z]+:\/\//i.test(s) && ARCHIVE2.test(s)) {
        return { region: resolved, singleFile: false, certainDir: false, problem: `ADD ${s} at line ${ins.line} may unpack an archive or clone a repository` };
      }
    }
  }
  const fromStage = ins.flags.some((f) => f.name === "from");
  const dirDest = dest.endsWith("/") || dest === "." || dest.endsWith("/.");
  const kind = (src2) => {
    if (/^[a-z]+:\/\//i.test(src2)) return "file";
    if (src2 === "." || src2 === "./" || src2.endsWith("/") || src2.endsWith("/.")) return "dir";
    if (/[*?[]/.test(src2) || fromStage) return null;
    const f = isFile(src2);
    if (f !== null) return f ? "file" : "dir";
    return looksLikeFileName(src2) ? "file" : null;
  };
  if (sources.length === 1) {
    const k = kind(sources[0]);
    if (!dirDest) return { region: resolved, singleFile: k === "file", certainDir: k === "dir" };
    if (k === "file" && !/^[a-z]+:\/\//i.test(sources[0])) {
      const base2 = sources[0].replace(/\/+$/, "").slice(sources[0].lastIndexOf("/") + 1);
      return { region: normalizePath2(`${resolved}/${base2}`), singleFile: true, certainDir: false };
    }
  }
  return { region: resolved, singleFile: false, certainDir: true };
}
function looksLikeFileName(src2) {
  const base2 = src2.slice(src2.lastIndexOf("/") + 1);
  return /^[^.].*\.[A-Za-z0-9]{1,8}$/.test(base2) || /^(Dockerfile|Makefile|Gemfile|Procfile|LICENSE|Pipfile)$/.test(base2);
}
var SYSTEM_ONLY = /* @__PURE__ */ new Set([
  "apt-get",
  "apt",
  "aptitude",
  "dpkg",
  "apk",
  "yum",
  "dnf",
  "microdnf",
  "zypper",
  "pacman",
  "rpm",
  "useradd",
  "adduser",
  "groupadd",
  "addgroup",
  "usermod",
  "groupmod",
  "passwd",
  "chpasswd",
  "update-ca-certificates",
  "locale-gen",
  "ldconfig",
  "update-alternatives",
  "ln-s-system",
  "echo",
  "printf",
  "true",
  "false",
  ":",
  "test",
  "[",
  "id",
  "whoami",
  "which",
  "export",
  "set",
  "sleep",
  "uname"
]);
var PACKAGE_AND_USER = /* @__PURE__ */ new Set([
  "apt-get",
  "apt",
  "aptitude",
  "dpkg",
  "apk",
  "yum",
  "dnf",
  "microdnf",
  "zypper",
  "pacman",
  "rpm",
  "useradd",
  "adduser",
  "groupadd",
  "addgroup",
  "usermod",
  "groupmod",
  "passwd",
  "chpasswd",
  "echo",
  "printf",
  "true",
  "false",
  ":",
  "test",
  "[",
  "id",
  "whoami",
  "which",
  "export",
  "set",
  "sleep",
  "uname"
]);
var TOOL_ENV = /^(HOME|PATH|XDG_\w+|PIP_\w+|NPM_CONFIG_\w+|npm_config_\w+|YARN_\w+|PNPM_\w+|POETRY_\w+|UV_\w+|PYTHONUSERBASE|PYTHONPYCACHEPREFIX|VIRTUAL_ENV|CONDA_\w+|GOPATH|GOCACHE|GOMODCACHE|GOBIN|CARGO_\w+|RUSTUP_HOME|GEM_\w+|BUNDLE_\w+|COMPOSER_\w+|MAVEN_\w+|M2_HOME|GRADLE_\w+|DENO_\w+|BUN_\w+|NODE_PATH)$/;
function envPointingUnder(vars, root) {
  for (const [name, value] of vars) {
    if (value === null || !TOOL_ENV.test(name)) continue;
    if (value.split(/[:\s]+/).some((part) => part.startsWith("/") && isWithin(normalizePath2(part), root))) return name;
  }
  return null;
}
var NO_CREATION = /* @__PURE__ */ new Set([
  "chown",
  "chgrp",
  "chmod",
  "rm",
  "rmdir",
  "ls",
  "cat",
  "stat",
  "find-print",
  "unlink",
  "test",
  "true",
  "false",
  ":",
  "exit",
  // Filters and queries: they write only to their standard output (a redirect of it is looked at on its own).
  "envsubst",
  "grep",
  "egrep",
  "fgrep",
  "head",
  "tail",
  "wc",
  "tr",
  "cut",
  "basename",
  "dirname",
  "pwd",
  "nproc",
  "printenv",
  "md5sum",
  "sha1sum",
  "sha256sum",
  "sha512sum"
]);
function commandEffect(cmd, cwd, root, vars) {
  if (cmd.words.length === 0) return { kind: "none" };
  const inv = invocation(cmd);
  if (!inv && (cmd.words[0].text === "[" || cmd.words[0].text === "[[")) return { kind: "none" };
  if (!inv) return { kind: "unknown", why: "a command with a dynamic name" };
  const name = inv.name;
  const toolEnv = root === "/" ? null : envPointingUnder(vars, root);
  if (toolEnv && !PACKAGE_AND_USER.has(name) && !NO_CREATION.has(name) && name !== "mkdir" && name !== "touch" && name !== "useradd" && name !== "adduser") {
    return { kind: "unknown", why: `${toolEnv} points under ${root}, where "${name}" may write (caches, config)` };
  }
  const program2 = cmd.words[cmd.words.length - inv.args.length - 1]?.value ?? "";
  if (root !== "/" && program2.includes("/")) {
    const p = resolvePath(cwd, program2);
    if (p === null || isWithin(p, root)) return { kind: "unknown", why: `"${program2}" is a program inside ${root} and may write there` };
  }
  const values2 = inv.args.map((w) => w.value !== null ? w.value : expandWord(w, vars));
  const cwdInside = cwd === null ? false : isWithin(cwd, root);
  const mentions = (v) => {
    if (v === null) return true;
    if (v.includes(root) && root !== "/") return true;
    const p = v.startsWith("/") || cwdInside ? resolvePath(cwd, v) : null;
    return p !== null && (isWithin(p, root) || isWithin(root, p));
  };
  if (NO_CREATION.has(name)) return { kind: "none" };
  if (name === "npm" && values2[0] === "cache" && ["verify", "clean", "ls"].includes(values2[1] ?? "") && !inv.runsAsOtherUser) {
    const homes = ["/root/.npm", "/home"];
    return homes.some((h) => isWithin(h, root) || isWithin(root, h)) ? { kind: "unknown", why: `npm's cache may be under ${root}` } : { kind: "none" };
  }
  if (name === "mkdir" || name === "touch") {
    const paths = [];
    let parents = false;
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) return { kind: "unknown", why: `${name} with an argument we cannot read` };
      if (name === "mkdir" && (v === "-m" || v === "--mode")) {
        i++;
        continue;
      }
      if (v.startsWith("-")) {
        if (name === "mkdir" && /^-[pv]+$|^--parents$|^--verbose$|^-m\d+$|^--mode=/.test(v)) {
          if (v.includes("p")) parents = true;
          continue;
        }
        if (name === "touch" && /^-[acm]+$/.test(v)) continue;
        return { kind: "unknown", why: `${name} ${v}` };
      }
      const p = resolvePath(cwd, v);
      if (p === null) return { kind: "unknown", why: `${name} of a relative path in an unknown working directory` };
      if (name === "mkdir" && parents && isWithin(p, root)) paths.push(...dirsBetween(root, p));
      paths.push(p);
    }
    const inside = paths.filter((p) => isWithin(p, root));
    if (inside.length === 0) {
      return { kind: "none" };
    }
    return name === "mkdir" ? { kind: "dirs", paths: inside } : { kind: "files", paths: inside };
  }
  if (name === "useradd" || name === "adduser") {
    const home2 = newHome(name, values2);
    if (home2 && (isWithin(home2.path, root) || isWithin(root, home2.path))) return { kind: "home", path: home2.path, user: home2.user };
    return { kind: "none" };
  }
  if (name === "sed") {
    const inPlace = values2.some((v) => v !== null && (/^-[a-zA-Z]*i/.test(v) || v.startsWith("--in-place")));
    if (!inPlace) return { kind: "none" };
    if (values2.some((v) => v === null)) return { kind: "unknown", why: "sed -i with an argument we cannot read" };
    const hasScriptFlag = values2.some((v) => v === "-e" || v === "-f" || v.startsWith("--expression") || v.startsWith("--file"));
    const operands = [];
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === "-e" || v === "-f") {
        i++;
        continue;
      }
      if (!v.startsWith("-")) operands.push(v);
    }
    const files = (hasScriptFlag ? operands : operands.slice(1)).map((f) => resolvePath(cwd, f));
    if (files.some((f) => f === null || /[*?[]/.test(f))) return { kind: "unknown", why: "sed -i on files we cannot name" };
    const inside = files.filter((f) => isWithin(f, root));
    return inside.length ? { kind: "files", paths: inside } : { kind: "none" };
  }
  if (name === "pip" || name === "pip3" || /^pip3\.\d+$/.test(name)) {
    const underRoot = (v) => {
      const p = resolvePath(cwd, v.replace(/[*?[].*$/, "") || ".");
      return p === null || isWithin(p, root);
    };
    const bad = values2.findIndex((v, i) => v === null || /^(-t|--target|--prefix|--root|--user|-e|--editable|--src)(=|$)/.test(v) || i > 0 && values2[i - 1] !== "-r" && values2[i - 1] !== "-c" && values2[i - 1] !== "--requirement" && values2[i - 1] !== "--constraint" && !v.startsWith("-") && (v.startsWith(".") || v.includes("/")) && underRoot(v));
    if (bad >= 0) return { kind: "unknown", why: `${name} ${values2[bad] ?? "(dynamic argument)"} may write into the source or target directory` };
    return { kind: "none" };
  }
  if (SYSTEM_ONLY.has(name)) return { kind: "none" };
  if (name === "ln") {
    const operands = values2.filter((v) => v === null || !v.startsWith("-"));
    const last = operands[operands.length - 1];
    if (operands.length < 2 || last === null || last === void 0 || values2.some((v) => v === "-t" || (v ?? "").startsWith("--target"))) return { kind: "unknown", why: "ln with arguments we cannot read" };
    const p = resolvePath(cwd, last);
    if (p === null) return { kind: "unknown", why: "ln into a relative path in an unknown working directory" };
    return isWithin(p, root) || isWithin(root, p) ? { kind: "unknown", why: `ln creates ${p}` } : { kind: "none" };
  }
  if (cwdInside) return { kind: "unknown", why: cwd === root ? `"${name}" runs in ${cwd} and may write there` : `"${name}" runs in ${cwd}, inside ${root}, and may write there` };
  if (cwd === null && values2.some((v) => v === null || !v.startsWith("/") && !v.startsWith("-"))) return { kind: "unknown", why: `"${name}" runs in an unknown working directory` };
  if (values2.some(mentions)) return { kind: "unknown", why: `"${name}" may write under ${root}` };
  return { kind: "none" };
}
function redirectWrites(script, cwd, vars, until = Infinity) {
  const out2 = [];
  for (const r of script.redirects) {
    if (r.end > until) continue;
    if (r.target === null) {
      if (/^\s*(\d*|\{\w+\})<</.test(r.text)) continue;
      out2.push({ path: null, text: r.text, start: r.start });
      continue;
    }
    const op = r.text.slice(0, r.target.start - r.start).replace(/^\s*(\d+|\{\w+\})/, "").trim();
    if (op === "<" || op === "<&" || op.startsWith("<<")) continue;
    if ((op === ">&" || op === "<&") && /^(\d+|-)$/.test(r.target.value ?? "")) continue;
    let dir = cwd;
    for (const c of script.commands) {
      if (c.start > r.start) break;
      if (c.end > r.start) continue;
      const name = c.words[0]?.value;
      if (name !== "cd" && name !== "pushd" && name !== "popd") continue;
      const arg = c.words.length === 2 ? expandWord(c.words[1], vars) : null;
      dir = name !== "cd" || !c.topLevelShell || arg === null || arg === "-" ? null : resolvePath(dir, arg);
    }
    const target = expandWord(r.target, vars);
    out2.push({ path: target === null ? null : resolvePath(dir, target), text: r.text, start: r.start });
  }
  return out2;
}
function expandWord(w, vars) {
  if (w.value !== null) return w.value;
  const t = w.text;
  if (/[`'\\]|\$\(/.test(t)) return null;
  const inner = t.replace(/"/g, "");
  return expandVars(inner, vars);
}
function newHome(name, values2) {
  let home2 = null;
  let create = name === "adduser";
  let user = null;
  let base2 = null;
  const withValue = /* @__PURE__ */ new Set(["-d", "--home", "--home-dir", "-g", "-G", "-s", "-u", "-c", "--gecos", "--shell", "--uid", "--gid", "--ingroup", "--group", "--groups", "-k", "--skel", "-K", "-e", "-f", "-p", "-h"]);
  for (let i = 0; i < values2.length; i++) {
    const v = values2[i];
    if (v === null) return null;
    if (v === "-m" || v === "--create-home") {
      create = true;
      continue;
    }
    if (v === "-M" || v === "--no-create-home" || name === "adduser" && v === "-H") {
      create = false;
      continue;
    }
    if ((v === "-d" || v === "--home" || v === "--home-dir" || name === "adduser" && v === "-h") && values2[i + 1]) {
      home2 = values2[i + 1];
      i++;
      continue;
    }
    if (v.startsWith("--home=") || v.startsWith("--home-dir=")) {
      home2 = v.slice(v.indexOf("=") + 1);
      continue;
    }
    if ((v === "-b" || v === "--base-dir") && values2[i + 1]) {
      base2 = values2[i + 1];
      i++;
      continue;
    }
    if (v === "--system" || v === "-r" || v === "-S") continue;
    if (v.startsWith("-")) {
      if (withValue.has(v)) i++;
      continue;
    }
    user = v;
  }
  if (!create || !user) return null;
  return { path: normalizePath2(home2 ?? `${base2 ?? "/home"}/${user}`), user };
}
function createdNames(cmd) {
  const inv = invocation(cmd);
  if (!inv || !["useradd", "adduser", "groupadd", "addgroup"].includes(inv.name)) return [];
  const pos = inv.args.filter((w) => w.value !== null && !w.value.startsWith("-")).map((w) => w.value);
  return pos;
}
var USERMOD_HARMLESS = /* @__PURE__ */ new Set(["-a", "--append", "-G", "--groups", "-c", "--comment", "-s", "--shell", "-L", "--lock", "-U", "--unlock", "-e", "--expiredate", "-f", "--inactive", "-p", "--password"]);
var GROUPMOD_HARMLESS = /* @__PURE__ */ new Set(["-a", "--append", "-U", "--users", "-p", "--password"]);
var USERMOD_VALUE = /* @__PURE__ */ new Set(["-c", "--comment", "-d", "--home", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-l", "--login", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid", "-Z", "--selinux-user", "-v", "--add-subuids", "-V", "--del-subuids", "-w", "--add-subgids", "-W", "--del-subgids"]);
var GROUPMOD_VALUE = /* @__PURE__ */ new Set(["-g", "--gid", "-n", "--new-name", "-p", "--password", "-R", "--root", "-P", "--prefix", "-U", "--users"]);
var ACCOUNT_READERS = /* @__PURE__ */ new Set(["cat", "grep", "egrep", "fgrep", "getent", "head", "tail", "cut", "wc", "ls", "stat", "test", "[", "id"]);
function changedAccounts(cmd) {
  const inv = invocation(cmd);
  if (!inv) return null;
  const { name, args } = inv;
  const values2 = args.map((w) => w.value);
  const accountFiles = (v) => v !== null && /^\/etc\/(passwd|group|shadow|gshadow)(-|\+|$)/.test(v);
  if (!ACCOUNT_READERS.has(name) && !["usermod", "groupmod"].includes(name) && values2.some(accountFiles)) return "any";
  if (["userdel", "groupdel", "deluser", "delgroup"].includes(name)) {
    if (values2.some((v) => v === null)) return "any";
    return values2.filter((v) => !v.startsWith("-"));
  }
  if (name !== "usermod" && name !== "groupmod") return null;
  const harmless = name === "usermod" ? USERMOD_HARMLESS : GROUPMOD_HARMLESS;
  const withValue = name === "usermod" ? USERMOD_VALUE : GROUPMOD_VALUE;
  let changes = false;
  const positional = [];
  for (let i = 0; i < values2.length; i++) {
    const v = values2[i];
    if (v === null) {
      positional.push(null);
      continue;
    }
    if (v.startsWith("--")) {
      const flag = v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
      if (!harmless.has(flag)) changes = true;
      if (!v.includes("=") && withValue.has(flag)) i++;
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      for (let k = 1; k < v.length; k++) {
        const flag = `-${v[k]}`;
        if (!harmless.has(flag)) changes = true;
        if (withValue.has(flag)) {
          if (k === v.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positional.push(v);
  }
  if (!changes) return null;
  if (positional.some((p) => p === null)) return "any";
  return positional;
}
var GENERIC_NAMES = /* @__PURE__ */ new Set([
  "scratch",
  "alpine",
  "busybox",
  "debian",
  "ubuntu",
  "centos",
  "fedora",
  "rockylinux",
  "almalinux",
  "oraclelinux",
  "amazonlinux",
  "archlinux",
  "opensuse/leap",
  "opensuse/tumbleweed",
  "photon",
  "clearlinux",
  "node",
  "python",
  "pypy",
  "golang",
  "rust",
  "ruby",
  "php",
  "perl",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "ibm-semeru-runtimes",
  "sapmachine",
  "maven",
  "gradle",
  "elixir",
  "erlang",
  "haskell",
  "swift",
  "julia",
  "r-base",
  "bash",
  "buildpack-deps",
  "nginx",
  "httpd",
  "caddy",
  "haproxy",
  "traefik",
  "deno",
  "bun",
  "dart",
  "clojure",
  "groovy",
  "kotlin",
  "crystal",
  "nim",
  "gcc",
  "mono"
]);
var IMAGE_WORKDIRS = new Map([
  ...["scratch", "alpine", "busybox", "debian", "ubuntu", "centos", "fedora", "rockylinux", "almalinux", "amazonlinux", "archlinux", "node", "python", "ruby"].map((n) => [n, "/"]),
  ["golang", "/go"],
  ["php", "/var/www/html"]
]);
function imageWorkdir(image) {
  return IMAGE_WORKDIRS.get(imageName(image)) ?? null;
}
function imageName(image) {
  let ref = image.toLowerCase().replace(/@sha256:[0-9a-f]+$/, "");
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/")) ref = ref.slice(0, colon);
  return ref.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/|public\.ecr\.aws\/docker\/)/, "").replace(/^library\//, "");
}
function isGenericImage(image) {
  const ref = imageName(image);
  if (GENERIC_NAMES.has(ref)) return true;
  if (/^gcr\.io\/distroless\/[a-z0-9-]+$/.test(ref)) return true;
  if (/^mcr\.microsoft\.com\/dotnet\/(runtime|aspnet|sdk|runtime-deps)$/.test(ref)) return true;
  if (/^(registry\.access\.redhat\.com\/|registry\.redhat\.io\/|redhat\/)?ubi\d+(\/ubi|\/ubi-minimal|\/ubi-micro|\/ubi-init)?$/.test(ref) || /^(registry\.access\.redhat\.com\/|redhat\/)?ubi\d+-(minimal|micro|init)$/.test(ref)) return true;
  if (/^cgr\.dev\/chainguard\/[a-z0-9-]+$/.test(ref)) return true;
  return false;
}

// src/ecosystems/common/manifests.ts
function literalArgs(inv) {
  const out2 = [];
  for (const a of inv.args) {
    if (a.value === null) return null;
    out2.push(a.value);
  }
  return out2;
}
function splitArgs(args, withValue) {
  const positional = [];
  const flags = /* @__PURE__ */ new Map();
  let done = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!done && a === "--") {
      done = true;
      continue;
    }
    if (!done && a.startsWith("-") && a.length > 1) {
      const eq = a.indexOf("=");
      if (a.startsWith("--") && eq > 0) {
        flags.set(a.slice(0, eq), a.slice(eq + 1));
        continue;
      }
      if (withValue.has(a) && i + 1 < args.length) {
        flags.set(a, args[i + 1]);
        i++;
        continue;
      }
      flags.set(a, true);
      continue;
    }
    positional.push(a);
  }
  return { positional, flags };
}
function flagValue(flags, ...names) {
  for (const n of names) {
    const v = flags.get(n);
    if (typeof v === "string") return v;
  }
  return null;
}
function hasAnyFlag(flags, ...names) {
  return names.some((n) => flags.has(n));
}
function isLocalPath(spec) {
  const s = spec.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return /^file:/i.test(s);
  return s === "." || s === ".." || s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith("~/") || /^file:/i.test(s);
}
function inspectPackageJson(read, ignoreScripts) {
  const text = read("package.json");
  if (text === null) return {};
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    return { problem: "package.json is not valid JSON here" };
  }
  if (pkg.workspaces) return { problem: "package.json declares workspaces: installing them needs every workspace package from the sources" };
  const scripts = pkg.scripts ?? {};
  if (!ignoreScripts) {
    for (const name of ["preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare"]) {
      if (typeof scripts[name] === "string") {
        return { problem: `package.json has a "${name}" script (${JSON.stringify(scripts[name])}) that the install runs and that may need source files` };
      }
    }
    if (read("binding.gyp") !== null) return { problem: "the project has a binding.gyp, which the install compiles (node-gyp rebuild) from the sources" };
  }
  for (const field of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies", "overrides", "resolutions"]) {
    const deps = pkg[field];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, spec] of Object.entries(deps)) {
      if (typeof spec === "string" && (/^(file|link|portal|workspace):/.test(spec) || isLocalPath(spec))) {
        return { problem: `package.json depends on ${name} from a local path (${spec}), which the install reads from the sources` };
      }
      const patch = typeof spec === "string" && spec.startsWith("patch:") ? spec.slice(spec.lastIndexOf("#") + 1) : null;
      if (patch !== null && !/^(optional!)?builtin</.test(patch) && !/^(~\/|\.\/)?\.yarn\//.test(patch)) {
        return { problem: `package.json patches ${name} with ${patch} (${field}), a file the install reads from the sources` };
      }
    }
  }
  return {};
}

// src/ecosystems/bundler/manifests.ts
var WITH_VALUE = /* @__PURE__ */ new Set(["--path", "--without", "--with", "--gemfile", "-j", "--jobs", "--retry", "--binstubs", "--shebang", "--standalone", "--trust-policy", "--target-rbconfig"]);
var REMEMBERED = ["--path", "--deployment", "--without", "--with", "--frozen", "--system", "--clean", "--binstubs", "--no-cache", "--shebang", "--no-prune"];
var bundlerManifests = {
  id: "bundler",
  classify(inv) {
    if (inv.name !== "bundle" && inv.name !== "bundler") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const listed = [];
    for (let i = 0; i < args.length; i++) {
      listed.push(args[i]);
      if (args[i] === "--without" || args[i] === "--with") {
        const values2 = [];
        while (i + 1 < args.length && !args[i + 1].startsWith("-")) values2.push(args[++i]);
        listed.push(values2.join(":"));
      }
    }
    const { positional, flags } = splitArgs(listed, WITH_VALUE);
    const sub = positional[0] ?? "install";
    if (sub === "config") return flags.has("--local") ? { kind: "build" } : { kind: "neutral" };
    if (sub === "version" || flags.has("--version") || flags.has("-v")) return { kind: "neutral" };
    if (sub !== "install") return { kind: "build" };
    if (positional.length > 1) return { kind: "build" };
    const gemfile = flagValue(flags, "--gemfile") ?? "Gemfile";
    const remembers = REMEMBERED.some((f) => flags.has(f));
    const path8 = flagValue(flags, "--path");
    return {
      kind: "deps",
      install: {
        ecosystem: "bundler",
        project: ".",
        required: [[gemfile]],
        optional: [`${gemfile}.lock`, ".ruby-version"],
        optionalDirs: [".bundle"],
        outputs: ["vendor/bundle", ...path8 ? [path8] : [], ...remembers ? [".bundle/config"] : []],
        readsDirs: [{ dir: "vendor/cache", why: "bundle install installs the gems cached in vendor/cache (only them with --local), and may add to it" }],
        inspect: (read) => {
          const text = read(gemfile) ?? "";
          const rubyFile = /^\s*ruby\s*\(?\s*(?:file:|:file\s*=>)\s*["']([^"']+)["']/m.exec(text)?.[1];
          if (rubyFile !== void 0) {
            if (rubyFile.startsWith("/") || rubyFile.split("/").includes("..") || /[\s*?[$]/.test(rubyFile)) return { problem: `${gemfile} reads the Ruby version from ${rubyFile}, outside the copied tree` };
          }
          if (/^\s*gemspec\b/m.test(text)) return { problem: `${gemfile} uses gemspec, which loads the project's .gemspec (and the files it requires)` };
          if (/\bpath:\s*|:path\s*=>/.test(text)) return { problem: `${gemfile} has a gem from a local path` };
          if (/^\s*eval_gemfile\b/m.test(text)) return { problem: `${gemfile} evaluates another Gemfile` };
          if (/File\.(read|open|expand_path)|require_relative/.test(text)) return { problem: `${gemfile} reads other project files` };
          return rubyFile !== void 0 ? { extra: [rubyFile] } : {};
        },
        updatesLock: flags.has("--frozen") || flags.has("--deployment") ? void 0 : "bundle install rewrites Gemfile.lock when it is out of date"
      }
    };
  }
};

// src/ecosystems/cargo/manifests.ts
var cargoManifests = {
  id: "cargo",
  classify(inv) {
    if (inv.name !== "cargo") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const sub = args.find((a) => !a.startsWith("-")) ?? null;
    if (sub === "install" && args.some((a) => a === "--path" || a.startsWith("--path="))) return { kind: "build" };
    if (sub === "install" && !args.includes(".")) return { kind: "neutral" };
    if (sub === "fetch") return { kind: "build", why: "cargo fetch reads the crate targets (src/main.rs or src/lib.rs) as well as Cargo.toml: a dependency-only step needs stub sources" };
    return { kind: "build" };
  }
};

// src/ecosystems/composer/manifests.ts
var WITH_VALUE2 = /* @__PURE__ */ new Set(["-d", "--working-dir"]);
var composerManifests = {
  id: "composer",
  classify(inv) {
    if (inv.name !== "composer" && inv.name !== "composer.phar") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE2);
    const sub = positional[0] ?? null;
    if (sub === "config") return flags.has("--global") || flags.has("-g") ? { kind: "neutral" } : { kind: "build" };
    if (sub === "global" || sub === "self-update" || sub === "clear-cache" || sub === "clearcache" || flags.has("--version") || flags.has("-V")) return { kind: "neutral" };
    if (sub !== "install" && sub !== "i") return { kind: "build" };
    if (positional.length > 1 || flags.has("-d") || flags.has("--working-dir")) return { kind: "build" };
    const noScripts = flags.has("--no-scripts");
    const noAutoloader = flags.has("--no-autoloader");
    if (!noScripts || !noAutoloader) {
      return { kind: "build", why: `composer install without ${[noScripts ? "" : "--no-scripts", noAutoloader ? "" : "--no-autoloader"].filter(Boolean).join(" and ")} runs scripts or builds the autoloader from the project's classes` };
    }
    return {
      kind: "deps",
      install: {
        ecosystem: "composer",
        project: ".",
        required: [["composer.json"]],
        optional: ["composer.lock", "auth.json"],
        optionalDirs: [],
        outputs: ["vendor"],
        inspect: (read) => {
          const text = read("composer.json") ?? "";
          if (/"type"\s*:\s*"path"/.test(text)) return { problem: "composer.json has a path repository, which the install reads from the sources" };
          return {};
        }
      }
    };
  }
};

// src/ecosystems/go/manifests.ts
var WITH_VALUE3 = /* @__PURE__ */ new Set(["-C", "-modfile", "-x", "-json"]);
var goManifests = {
  id: "go",
  classify(inv) {
    if (inv.name !== "go") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE3);
    if (positional[0] === "version" || positional[0] === "env") return { kind: "neutral" };
    if (positional[0] === "install" && positional.length > 1 && positional.slice(1).every((p) => p.includes("@"))) return { kind: "neutral" };
    if (positional[0] !== "mod" || positional[1] !== "download" && positional[1] !== "verify") return { kind: "build" };
    if (positional.length > 2 || flags.has("-modfile") || flags.has("-C")) return { kind: "build" };
    return {
      kind: "deps",
      install: {
        ecosystem: "go",
        project: ".",
        required: [["go.mod"]],
        optional: ["go.sum"],
        optionalDirs: [],
        outputs: [],
        inspect: (read) => {
          if (read("go.work") !== null) return { problem: "the project has a go.work workspace, whose modules the download needs" };
          const mod = read("go.mod") ?? "";
          for (const m of mod.matchAll(/=>\s*(\S+)/g)) {
            if (/^(\.|\/)/.test(m[1])) return { problem: `go.mod replaces a module with the local directory ${m[1]}, which the download reads` };
          }
          return {};
        }
      }
    };
  }
};

// src/ecosystems/gradle/manifests.ts
var WITH_VALUE4 = /* @__PURE__ */ new Set(["-p", "--project-dir", "-c", "--settings-file", "-b", "--build-file", "-g", "--gradle-user-home", "-x", "--exclude-task", "-P", "-D"]);
var DEPS_TASKS = /* @__PURE__ */ new Set(["dependencies", "androidDependencies", "resolveDependencies", "downloadDependencies"]);
var gradleManifests = {
  id: "gradle",
  classify(inv) {
    if (inv.name !== "gradle" && inv.name !== "gradlew") return null;
    const wrapper = inv.name === "gradlew";
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE4);
    if (positional.length === 0) return flags.has("-v") || flags.has("--version") ? { kind: "neutral" } : { kind: "build" };
    if (!positional.every((t) => DEPS_TASKS.has(t))) return { kind: "build" };
    if (["-p", "--project-dir", "-c", "--settings-file", "-b", "--build-file"].some((f) => flags.has(f))) return { kind: "build" };
    const required = [["build.gradle", "build.gradle.kts"]];
    if (wrapper) required.push(["gradlew"]);
    return {
      kind: "deps",
      install: {
        ecosystem: "gradle",
        project: ".",
        required,
        optional: ["settings.gradle", "settings.gradle.kts", "gradle.properties"],
        optionalDirs: ["gradle"],
        outputs: [".gradle", "build"],
        inspect: (read) => {
          const settings = read("settings.gradle") ?? read("settings.gradle.kts") ?? "";
          if (/^\s*(include|includeBuild)\b/m.test(settings)) return { problem: "settings.gradle includes other projects, whose build files the resolution needs" };
          if (read("buildSrc/build.gradle") !== null || read("buildSrc/build.gradle.kts") !== null) return { problem: "the build has a buildSrc directory, compiled before any task" };
          return {};
        }
      }
    };
  }
};

// src/ecosystems/maven/manifests.ts
var WITH_VALUE5 = /* @__PURE__ */ new Set(["-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-P", "--activate-profiles", "-pl", "--projects", "-T", "--threads", "-l", "--log-file", "-t", "--toolchains"]);
var DEPS_GOALS = /^(dependency|org\.apache\.maven\.plugins:maven-dependency-plugin(:[^:]+)?):(go-offline|resolve|resolve-plugins|resolve-sources)$/;
var mavenManifests = {
  id: "maven",
  classify(inv) {
    if (inv.name !== "mvn" && inv.name !== "mvnw") return null;
    const wrapper = inv.name === "mvnw";
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE5);
    if (positional.length === 0) return flags.has("-v") || flags.has("--version") ? { kind: "neutral" } : { kind: "build" };
    if (!positional.every((g) => DEPS_GOALS.test(g))) return { kind: "build" };
    if (flags.has("-pl") || flags.has("--projects")) return { kind: "build" };
    const pom = flagValue(flags, "-f", "--file") ?? "pom.xml";
    const settings = flagValue(flags, "-s", "--settings");
    const required = [[pom]];
    if (settings && !settings.startsWith("/")) required.push([settings]);
    if (wrapper) required.push(["mvnw"]);
    return {
      kind: "deps",
      install: {
        ecosystem: "maven",
        project: ".",
        required,
        optional: [],
        optionalDirs: [".mvn"],
        outputs: [],
        inspect: (read) => {
          const text = read(pom) ?? "";
          if (/<modules>\s*<module>/.test(text)) return { problem: `${pom} is a multi-module build, whose module poms the download needs` };
          if (/<relativePath>\s*[^<\s]/.test(text)) return { problem: `${pom} has a parent pom by relative path` };
          return {};
        }
      }
    };
  }
};

// src/ecosystems/npm/manifests.ts
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add"]);
var CI = /* @__PURE__ */ new Set(["ci", "clean-install", "ic", "install-clean", "isntall-clean"]);
var WITH_VALUE6 = /* @__PURE__ */ new Set(["--prefix", "-C", "--cache", "--registry", "--userconfig", "--loglevel", "--omit", "--include", "--only", "-w", "--workspace", "--install-strategy", "--userconfig"]);
var NEUTRAL = /* @__PURE__ */ new Set(["config", "set", "get", "cache", "version", "-v", "--version", "ping", "login", "whoami", "view", "info", "help"]);
function npmClassify(inv) {
  if (inv.name !== "npm") return null;
  const args = literalArgs(inv);
  if (!args) return { kind: "build" };
  const { positional, flags } = splitArgs(args, WITH_VALUE6);
  const sub = positional[0] ?? null;
  const global = hasAnyFlag(flags, "-g", "--global", "--location") && (flagValue(flags, "--location") ?? "global") === "global";
  if (sub === null) return hasAnyFlag(flags, "-v", "--version") ? { kind: "neutral" } : { kind: "build" };
  if (NEUTRAL.has(sub) && !(sub === "version" && positional.length > 1)) {
    if ((sub === "config" || sub === "set") && flagValue(flags, "--location") === "project") return { kind: "build" };
    return { kind: "neutral" };
  }
  if (!INSTALL.has(sub) && !CI.has(sub)) return { kind: "build" };
  if (global) return { kind: "neutral" };
  if (positional.length > 1) return { kind: "build", why: `npm ${sub} ${positional.slice(1).join(" ")} adds packages to package.json` };
  if (hasAnyFlag(flags, "-w", "--workspace", "--workspaces", "-ws")) return { kind: "build", why: "npm installs workspaces" };
  const prefix = flagValue(flags, "--prefix", "-C") ?? ".";
  const ignoreScripts = hasAnyFlag(flags, "--ignore-scripts");
  return {
    kind: "deps",
    install: {
      ecosystem: "npm",
      project: prefix,
      required: [["package.json"]],
      optional: ["package-lock.json", "npm-shrinkwrap.json", ".npmrc"],
      optionalDirs: [],
      outputs: ["node_modules"],
      inspect: (read) => inspectPackageJson(read, ignoreScripts),
      updatesLock: CI.has(sub) ? void 0 : "npm install rewrites package-lock.json when it is out of date with package.json"
    }
  };
}
var npmManifests = { id: "npm", classify: npmClassify };

// src/ecosystems/pip/manifests.ts
import path4 from "node:path";
var WITH_VALUE7 = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--python",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--trusted-host",
  "--cert",
  "--client-cert",
  "--cache-dir",
  "--use-feature",
  "--use-deprecated",
  "--progress-bar",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--only-binary",
  "--no-binary",
  "--upgrade-strategy",
  "--global-option",
  "--install-option",
  "--config-settings",
  "-C",
  "--report",
  "--root-user-action"
]);
function classifyPipArgs(args, ecosystem) {
  const sub = args.find((a) => !a.startsWith("-"));
  if (sub === void 0) return { kind: "neutral" };
  if (["list", "freeze", "show", "config", "cache", "check", "help", "debug", "index", "search", "uninstall"].includes(sub)) return { kind: "neutral" };
  if (sub !== "install" && sub !== "sync") return { kind: "build" };
  const files = [];
  const packages = [];
  let target = null;
  for (let i = args.indexOf(sub) + 1; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = eq > 0 ? a.slice(eq + 1) : WITH_VALUE7.has(a) ? args[++i] : a.startsWith("-r") && a.length > 2 ? a.slice(2) : null;
    if (name === "-r" || name === "--requirement" || name === "-c" || name === "--constraint" || a.startsWith("-r") && a.length > 2 && !a.startsWith("--")) {
      if (value) files.push(value);
      continue;
    }
    if (name === "-e" || name === "--editable") {
      if (value && !isLocalPath(value) && /^[a-z+]+:\/\//i.test(value)) {
        packages.push(value);
        continue;
      }
      return { kind: "build", why: `${ecosystem} install -e ${value ?? ""} installs the project from its sources` };
    }
    if (name === "-f" || name === "--find-links") {
      if (value && (isLocalPath(value) || !/:\/\//.test(value))) return { kind: "build", why: `${ecosystem} install --find-links ${value} reads packages from a local directory` };
      continue;
    }
    if (name === "-t" || name === "--target" || name === "--prefix" || name === "--root" || name === "--src") {
      target = value ?? null;
      continue;
    }
    if (value !== null) continue;
    if (a.startsWith("-")) continue;
    if (sub === "sync") {
      files.push(a);
      continue;
    }
    packages.push(a);
  }
  const local = packages.find((p) => isLocalPath(p) || !/:\/\//.test(p) && /\.(whl|tar\.gz|zip|tgz)$/i.test(p) || /^\.\.?$|\//.test(p) && !/:\/\//.test(p) && !/@/.test(p));
  if (local) return { kind: "build", why: `${ecosystem} install ${local} installs a local path from the sources` };
  if (files.length === 0) return { kind: "neutral", writes: target ? [target] : void 0 };
  return {
    kind: "deps",
    install: {
      ecosystem,
      project: ".",
      required: files.map((f) => [f]),
      optional: [],
      optionalDirs: [],
      outputs: target ? [target] : [],
      inspect: (read) => inspectRequirements(read, files)
    }
  };
}
function inspectRequirements(read, files) {
  const seen = /* @__PURE__ */ new Set();
  const extra = [];
  const queue = files.map((f) => path4.posix.normalize(f));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    if (text === null) {
      if (files.includes(file)) continue;
      return { problem: `${file}, named by a requirement file, is not in the build context` };
    }
    if (!files.includes(file)) extra.push(file);
    const dir = path4.posix.dirname(file);
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (line === "") continue;
      const m = /^(-r|--requirement|-c|--constraint)[\s=]+(\S+)$/.exec(line) ?? /^(-r)(\S+)$/.exec(line);
      if (m) {
        const named = m[2];
        if (/:\/\//.test(named)) continue;
        const resolved = path4.posix.normalize(path4.posix.join(dir, named));
        if (resolved.startsWith("..") || named.startsWith("/")) return { problem: `${file} names ${named}, outside the copied tree` };
        queue.push(resolved);
        continue;
      }
      if (/^(-e|--editable)\b/.test(line)) {
        const target = line.replace(/^(-e|--editable)[\s=]*/, "");
        if (/^[a-z+]+:\/\//i.test(target) && !/^file:/i.test(target)) continue;
        return { problem: `${file} installs ${line} from the sources` };
      }
      if (/^(-f|--find-links)[\s=]/.test(line)) {
        const target = line.replace(/^(-f|--find-links)[\s=]*/, "");
        if (isLocalPath(target) || !/:\/\//.test(target)) return { problem: `${file} reads packages from the local directory ${target}` };
        continue;
      }
      if (line.startsWith("-")) continue;
      const spec = line.split(/\s*;\s*/)[0];
      const archive = /^(\.\/)?([A-Za-z0-9._+-]+\/)*[A-Za-z0-9._+-]+\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.exec(spec);
      if (archive && !spec.split("/").includes("..")) {
        const rel = path4.posix.normalize(spec);
        if (read(rel) === null) return { problem: `${file} installs ${spec}, which is not in the build context` };
        if (!extra.includes(rel)) extra.push(rel);
        continue;
      }
      const at = /@\s*(\S+)/.exec(spec);
      if (at && /^file:/i.test(at[1]) || isLocalPath(spec) || /^[^@:]*\//.test(spec) && !/:\/\//.test(spec) || /\.(whl|tar\.gz|zip)$/i.test(spec) && !/:\/\//.test(spec)) {
        return { problem: `${file} installs ${spec} from a local path` };
      }
    }
  }
  return extra.length ? { extra } : {};
}
var pipManifests = {
  id: "pip",
  classify(inv) {
    const words = pipArgs(inv);
    if (!words) return null;
    const args = literalArgs({ ...inv, args: words });
    if (!args) return { kind: "build" };
    return classifyPipArgs(args, "pip");
  }
};

// src/ecosystems/pipenv/manifests.ts
var WITH_VALUE8 = /* @__PURE__ */ new Set(["--python", "--pypi-mirror", "--categories", "-r", "--requirements"]);
var pipenvManifests = {
  id: "pipenv",
  classify(inv) {
    if (inv.name !== "pipenv") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE8);
    const sub = positional[0] ?? null;
    if (hasAnyFlag(flags, "--version")) return { kind: "neutral" };
    if (sub !== "install" && sub !== "sync") return { kind: "build" };
    if (positional.length > 1 || hasAnyFlag(flags, "-r", "--requirements", "-e", "--editable")) return { kind: "build" };
    const sync = sub === "sync";
    return {
      kind: "deps",
      install: {
        ecosystem: "pipenv",
        project: ".",
        required: sync ? [["Pipfile.lock"]] : [["Pipfile"]],
        optional: sync ? ["Pipfile"] : ["Pipfile.lock"],
        optionalDirs: [],
        outputs: [".venv"],
        inspect: (read) => {
          const text = read("Pipfile") ?? "";
          if (/\bpath\s*=/.test(text) || /\beditable\s*=\s*true/.test(text)) return { problem: "the Pipfile installs a local path (path = / editable = true) from the sources" };
          return {};
        },
        updatesLock: sync || hasAnyFlag(flags, "--deploy", "--ignore-pipfile", "--system") ? void 0 : "pipenv install rewrites Pipfile.lock when it is out of date"
      }
    };
  }
};

// src/ecosystems/pnpm/manifests.ts
var WITH_VALUE9 = /* @__PURE__ */ new Set(["--dir", "-C", "--store-dir", "--reporter", "--filter", "-F", "--config.store-dir"]);
var pnpmManifests = {
  id: "pnpm",
  classify(inv) {
    if (inv.name !== "pnpm") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE9);
    const sub = positional[0] ?? null;
    if (sub === "config" || sub === "store" || sub === "setup" || hasAnyFlag(flags, "-v", "--version")) return { kind: "neutral" };
    if ((sub === "add" || sub === "install" || sub === "i") && hasAnyFlag(flags, "-g", "--global")) return { kind: "neutral" };
    if (sub !== "install" && sub !== "i" && sub !== "fetch") return { kind: "build" };
    if (positional.length > 1) return { kind: "build" };
    if (hasAnyFlag(flags, "--filter", "-F", "-r", "--recursive")) return { kind: "build", why: "pnpm installs workspace packages" };
    const dir = typeof flags.get("--dir") === "string" ? flags.get("--dir") : typeof flags.get("-C") === "string" ? flags.get("-C") : ".";
    const fetch = sub === "fetch";
    const ignoreScripts = fetch || hasAnyFlag(flags, "--ignore-scripts");
    return {
      kind: "deps",
      install: {
        ecosystem: "pnpm",
        project: dir,
        required: fetch ? [["pnpm-lock.yaml"]] : [["package.json"]],
        optional: fetch ? [".npmrc", "pnpm-workspace.yaml"] : ["pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", ".pnpmfile.cjs"],
        optionalDirs: [],
        outputs: ["node_modules"],
        inspect: (read) => {
          if (read("pnpm-workspace.yaml") !== null) return { problem: "the project is a pnpm workspace (pnpm-workspace.yaml): the install needs every workspace package" };
          if (/^patchedDependencies:/m.test(read("pnpm-lock.yaml") ?? "") || /"patchedDependencies"\s*:/.test(read("package.json") ?? "")) {
            return { problem: "the project patches dependencies (pnpm patchedDependencies): the install reads the patch files from the sources" };
          }
          return fetch ? {} : inspectPackageJson(read, ignoreScripts);
        },
        updatesLock: fetch || hasAnyFlag(flags, "--frozen-lockfile") ? void 0 : "pnpm install rewrites pnpm-lock.yaml when it is out of date (outside CI)"
      }
    };
  }
};

// src/ecosystems/poetry/manifests.ts
var WITH_VALUE10 = /* @__PURE__ */ new Set(["--with", "--without", "--only", "-E", "--extras", "-C", "--directory", "-P", "--project"]);
var poetryManifests = {
  id: "poetry",
  classify(inv) {
    if (inv.name !== "poetry") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE10);
    const sub = positional[0] ?? null;
    if (sub === "config") return hasAnyFlag(flags, "--local") ? { kind: "build" } : { kind: "neutral" };
    if (sub === "self" || hasAnyFlag(flags, "--version", "-V")) return { kind: "neutral" };
    if (sub !== "install" && sub !== "sync") return { kind: "build" };
    if (!hasAnyFlag(flags, "--no-root", "--only-root") || hasAnyFlag(flags, "--only-root")) {
      return { kind: "build", why: `poetry ${sub} without --no-root also installs the project itself from its sources` };
    }
    if (hasAnyFlag(flags, "-C", "--directory", "-P", "--project")) return { kind: "build" };
    return {
      kind: "deps",
      install: {
        ecosystem: "poetry",
        project: ".",
        required: [["pyproject.toml"]],
        optional: ["poetry.lock", "poetry.toml"],
        optionalDirs: [],
        outputs: [".venv"],
        inspect: (read) => {
          const text = read("pyproject.toml") ?? "";
          if (/\bpath\s*=/.test(text)) return { problem: "pyproject.toml has a path dependency, which the install reads from the sources" };
          return {};
        }
      }
    };
  }
};

// src/ecosystems/uv/manifests.ts
var WITH_VALUE11 = /* @__PURE__ */ new Set(["--extra", "--group", "--only-group", "--no-group", "--python", "-p", "--directory", "--project", "--package", "--index-url", "--extra-index-url"]);
var uvManifests = {
  id: "uv",
  classify(inv) {
    if (inv.name !== "uv") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    if (args[0] === "pip") return classifyPipArgs(args.slice(1), "uv");
    const { positional, flags } = splitArgs(args, WITH_VALUE11);
    const sub = positional[0] ?? null;
    if (sub === "tool" || sub === "python" || sub === "cache" || sub === "self" || hasAnyFlag(flags, "--version", "-V")) return { kind: "neutral" };
    if (sub !== "sync") return { kind: "build" };
    if (!hasAnyFlag(flags, "--no-install-project", "--no-install-workspace")) {
      return { kind: "build", why: "uv sync without --no-install-project also builds the project itself from its sources" };
    }
    if (hasAnyFlag(flags, "--directory", "--project", "--package", "--all-packages")) return { kind: "build" };
    return {
      kind: "deps",
      install: {
        ecosystem: "uv",
        project: ".",
        required: [["pyproject.toml"]],
        optional: ["uv.lock", "uv.toml", ".python-version"],
        optionalDirs: [],
        outputs: [".venv"],
        inspect: (read) => {
          const text = read("pyproject.toml") ?? "";
          if (/\[tool\.uv\.workspace\]/.test(text)) return { problem: "pyproject.toml declares a uv workspace, whose members the install needs" };
          if (/\bpath\s*=/.test(text) || /\bworkspace\s*=\s*true/.test(text)) return { problem: "pyproject.toml has a path or workspace source, which the install reads from the sources" };
          return {};
        },
        updatesLock: hasAnyFlag(flags, "--frozen", "--locked") ? void 0 : "uv sync rewrites uv.lock when it is out of date"
      }
    };
  }
};

// src/ecosystems/yarn/manifests.ts
var WITH_VALUE12 = /* @__PURE__ */ new Set(["--cwd", "--modules-folder", "--cache-folder", "--network-timeout", "--mutex", "--registry"]);
var yarnManifests = {
  id: "yarn",
  classify(inv) {
    if (inv.name !== "yarn") return null;
    const args = literalArgs(inv);
    if (!args) return { kind: "build" };
    const { positional, flags } = splitArgs(args, WITH_VALUE12);
    const sub = positional[0] ?? null;
    if (sub === "global" || sub === "cache") return { kind: "neutral" };
    if (sub === "config") return positional[1] === "set" && !hasAnyFlag(flags, "-H", "--home") ? { kind: "build" } : { kind: "neutral" };
    if (sub === "--version" || hasAnyFlag(flags, "-v", "--version")) return { kind: "neutral" };
    if (sub !== null && sub !== "install") return { kind: "build" };
    if (hasAnyFlag(flags, "--modules-folder")) return { kind: "build", why: "yarn --modules-folder installs outside node_modules" };
    const frozen = hasAnyFlag(flags, "--frozen-lockfile", "--immutable", "--pure-lockfile");
    const cwd = typeof flags.get("--cwd") === "string" ? flags.get("--cwd") : ".";
    const ignoreScripts = hasAnyFlag(flags, "--ignore-scripts", "--mode=skip-build");
    return {
      kind: "deps",
      install: {
        ecosystem: "yarn",
        project: cwd,
        required: [["package.json"]],
        optional: ["yarn.lock", ".yarnrc", ".yarnrc.yml", ".npmrc"],
        optionalDirs: [".yarn"],
        outputs: ["node_modules", ".pnp.cjs", ".pnp.loader.mjs", ".pnp.js", ".yarn/install-state.gz"],
        inspect: (read) => inspectPackageJson(read, ignoreScripts),
        updatesLock: frozen ? void 0 : "yarn install without --frozen-lockfile rewrites yarn.lock when it is out of date"
      }
    };
  }
};

// src/ecosystems/manifests.ts
var MANIFEST_ECOSYSTEMS = [
  npmManifests,
  yarnManifests,
  pnpmManifests,
  pipManifests,
  poetryManifests,
  pipenvManifests,
  uvManifests,
  goManifests,
  mavenManifests,
  gradleManifests,
  bundlerManifests,
  composerManifests,
  cargoManifests
];
var NEUTRAL_PROGRAMS = /* @__PURE__ */ new Set(["apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "echo", "true", ":"]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["apt-get", "apt", "dpkg", "apk", "yum", "dnf", "microdnf", "zypper"]);
function packageFiles(inv, vars) {
  const paths = [];
  if (!PACKAGE_MANAGERS.has(inv.name)) return { paths };
  for (const a of inv.args) {
    const v = a.value ?? expandWord(a, vars);
    if (v === null) return { paths, unresolved: a.text };
    if (v.startsWith("-") || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) continue;
    if (v.includes("/") || /\.(deb|rpm|apk)$/i.test(v)) paths.push(v);
  }
  return { paths };
}
function classify(inv) {
  for (const eco of MANIFEST_ECOSYSTEMS) {
    const c = eco.classify(inv);
    if (c) return c;
  }
  if (NEUTRAL_PROGRAMS.has(inv.name)) return { kind: "neutral" };
  const args = literalArgs(inv);
  if (!args) return { kind: "build" };
  if (inv.name === "corepack" && (args[0] === "enable" || args[0] === "prepare" && args.slice(1).some((a) => a.includes("@")))) return { kind: "neutral" };
  if (/^python[0-9.]*$/.test(inv.name) && args[0] === "-m" && (args[1] === "venv" || args[1] === "virtualenv")) {
    const target = args.slice(2).filter((a) => !a.startsWith("-"));
    if (target.length === 1) return { kind: "neutral", writes: target };
  }
  if (inv.name === "gem" && ["install", "update", "i"].includes(args[0] ?? "") && !args.slice(1).some((a) => isLocalPath(a) || a.endsWith(".gem"))) return { kind: "neutral" };
  if ((inv.name === "mkdir" || inv.name === "rm") && args.some((a) => !a.startsWith("-"))) {
    if (args.some((a) => /[*?[]/.test(a) && !a.startsWith("/"))) return { kind: "build" };
    return { kind: "neutral", writes: args.filter((a) => !a.startsWith("-")).map((a) => a.replace(/\/?\*+$/, "") || "/") };
  }
  if ((inv.name === "." || inv.name === "source") && args.length === 1 && /(^|\/)bin\/activate$/.test(args[0])) return { kind: "neutral" };
  if (inv.name === "virtualenv") {
    const target = args.filter((a) => !a.startsWith("-"));
    if (target.length === 1) return { kind: "neutral", writes: target };
  }
  return { kind: "build" };
}

// transforms/hoist.ts
var ACCOUNT_PATHS = ["/etc/passwd", "/etc/group", "/etc/shadow", "/etc/gshadow", "/etc/subuid", "/etc/subgid", "/etc/passwd-", "/etc/group-", "/etc/shadow-", "/etc/gshadow-", "/etc/subuid-", "/etc/subgid-", "/etc/login.defs", "/etc/default/useradd", "/etc/adduser.conf", "/etc/skel", "/var/log/lastlog", "/var/log/faillog", "/var/mail", "/var/spool/mail"];
var SYSTEM_ROOTS = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/opt", "/proc", "/root", "/run", "/sbin", "/sys", "/tmp", "/usr", "/var"];
var APP_DIRS_IN_SYSTEM = [/^\/usr\/src\/(?!linux)[^/]+/, /^\/opt\/app/, /^\/var\/app/];
function isSystemPath(p) {
  if (p === "/") return true;
  if (APP_DIRS_IN_SYSTEM.some((re) => re.test(p))) return false;
  return SYSTEM_ROOTS.some((r) => isWithin(p, r) || isWithin(r, p));
}
function overlaps2(a, b) {
  return a.some((x) => b.some((y) => isWithin(x, y) || isWithin(y, x)));
}
function commutes(moving, passed) {
  if (moving.kind === "none" || passed.kind === "none") return true;
  if (moving.kind === "install" || passed.kind === "packages" && moving.kind === "packages") return false;
  const pathsOf = (t) => t.kind === "accounts" ? [...t.paths, ...ACCOUNT_PATHS] : t.kind === "paths" || t.kind === "install" ? t.paths : [];
  if (moving.kind === "packages" || passed.kind === "packages") {
    const other = moving.kind === "packages" ? passed : moving;
    if (other.kind !== "paths" || other.accounts) return false;
    return !other.paths.some(isSystemPath);
  }
  if (moving.kind === "accounts" && passed.kind === "accounts") return false;
  if (moving.kind === "accounts" && passed.kind === "paths" && passed.accounts) return false;
  if (passed.kind === "install") {
    if (moving.kind === "accounts") return !overlaps2(moving.paths, passed.paths);
    return !overlaps2(pathsOf(moving), [...passed.paths, "/root", "/tmp", "/usr", "/lib", "/etc/ssl", "/etc/ca-certificates"]);
  }
  return !overlaps2(pathsOf(moving), pathsOf(passed));
}
var ACCOUNT_TOOLS = /* @__PURE__ */ new Set(["useradd", "adduser", "groupadd", "addgroup", "usermod", "groupmod"]);
var PACKAGE_TOOLS = /* @__PURE__ */ new Set(["apt-get", "apt", "dpkg", "apk", "yum", "dnf", "microdnf", "zypper"]);
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
var QUIET = /* @__PURE__ */ new Set(["echo", "printf", "true", ":"]);
function values(cmd, vars, skip) {
  const out2 = [];
  for (const w of cmd.words.slice(skip)) {
    const v = w.value !== null ? w.value : expandWord(w, vars);
    if (v === null) return null;
    out2.push(v);
  }
  return out2;
}
function absolute(st, p) {
  const glob = p.search(/[*?[]/);
  const base2 = glob >= 0 ? p.slice(0, glob).replace(/[^/]*$/, "") || "/" : p;
  return resolvePath(st.cwd, base2);
}
function touchOf(cmd, st) {
  if (!cmd.topLevelShell || cmd.words.length === 0) return null;
  const inv = invocation(cmd);
  if (!inv || inv.runsAsOtherUser) return null;
  const redirectPaths = [];
  for (const r of cmd.redirects) {
    const target = r.target ? r.target.value ?? expandWord(r.target, st.vars) : null;
    if (target === null || /^&?\d*$/.test(target.replace(/^&/, ""))) {
      if (/>&\s*\d|<&\s*\d|\d?>\s*&\d/.test(r.text)) continue;
      return null;
    }
    if (target === "/dev/null") continue;
    const p = absolute(st, target);
    if (p === null) return null;
    redirectPaths.push(p);
  }
  const words = cmd.words.length - inv.args.length;
  const args = values(cmd, st.vars, words);
  if (args === null) return null;
  const name = inv.name;
  if (QUIET.has(name)) return redirectPaths.length ? { kind: "paths", paths: redirectPaths, accounts: false } : { kind: "none" };
  if (redirectPaths.length) return null;
  if (ACCOUNT_TOOLS.has(name)) {
    if (!st.rootUser) return null;
    const homes = ["/home"];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const m = (name === "adduser" ? /^(?:-h|-d|--home-dir|--home|-b|--base-dir|-k|--skel|-R|--root|-P|--prefix|--conf)(?:=(.*))?$/ : /^(?:-d|--home-dir|--home|-b|--base-dir|-k|--skel|-R|--root|-P|--prefix)(?:=(.*))?$/).exec(a);
      if (!m) continue;
      const v = m[1] ?? args[i + 1];
      if (v === void 0 || !v.startsWith("/")) return null;
      homes.push(normalizePath2(v));
    }
    return { kind: "accounts", paths: homes };
  }
  if (PACKAGE_TOOLS.has(name)) {
    const files = packageFiles(inv, st.vars);
    if (files.paths.length || files.unresolved !== void 0) return null;
    return st.rootUser ? { kind: "packages" } : null;
  }
  if (name === "mkdir" || name === "rm" || name === "rmdir" || name === "touch") {
    const operands = args.filter((a) => !a.startsWith("-"));
    if (!operands.length || args.some((a) => a.startsWith("-") && !/^-[pvrfRm]+$|^--parents$|^--force$|^--recursive$|^-m\d+$|^--mode=\d+$/.test(a))) return null;
    const paths = operands.filter((a) => !/^\d+$/.test(a)).map((a) => absolute(st, a));
    if (paths.some((p) => p === null || p === "/")) return null;
    return { kind: "paths", paths, accounts: false };
  }
  if (name === "ln") {
    const operands = args.filter((a) => !a.startsWith("-"));
    if (operands.length !== 2 || args.some((a) => a.startsWith("-") && !/^-[sfnv]+$/.test(a))) return null;
    const link = absolute(st, operands[1]);
    return link === null ? null : { kind: "paths", paths: [link], accounts: false };
  }
  if (name === "chown" || name === "chgrp" || name === "chmod") {
    const operands = args.filter((a) => !a.startsWith("-")).slice(1);
    if (!operands.length || args.some((a) => a.startsWith("-") && !/^-[Rhv]+$|^--recursive$/.test(a) && !(name === "chmod" && /^-[rwxXst,ugoa+=-]+$/.test(a)))) return null;
    const paths = operands.map((a) => absolute(st, a));
    if (paths.some((p) => p === null || p === "/")) return null;
    return { kind: "paths", paths, accounts: name !== "chmod" };
  }
  if (name === "npm" && args[0] === "cache" && ["verify", "clean", "ls"].includes(args[1] ?? "")) {
    const cacheVar = [...st.vars.keys()].some((k) => /^(npm_config_|NPM_CONFIG_)/i.test(k) || k === "HOME");
    return st.rootUser && !cacheVar && !inv.env.size ? { kind: "paths", paths: ["/root/.npm"], accounts: false } : null;
  }
  const c = classify(inv);
  if (c.kind === "deps") {
    if (st.cwd === null) return null;
    const paths = [st.cwd];
    for (const a of args) if (a.startsWith("/")) paths.push(normalizePath2(a.replace(/^[^=]*=/, "")));
    for (const [k, v] of [...st.vars, ...inv.env]) {
      if (v === null) {
        if (k === "PATH" || k === "HOME") return null;
        continue;
      }
      if (k === "PATH") {
        for (const dir of v.split(":")) if (dir.startsWith("/") && dir.split("/").length > 2) paths.push(normalizePath2(`${dir}/..`));
      } else if (/^(HOME|XDG_\w+|PIP_\w+|NPM_CONFIG_\w+|npm_config_\w+|YARN_\w+|PNPM_\w+|VIRTUAL_ENV|PYTHONUSERBASE|GOPATH|GOCACHE|GOMODCACHE|GOBIN|GEM_\w+|BUNDLE_\w+|COMPOSER_\w+|CARGO_\w+)$/.test(k)) {
        for (const part of v.split(/[:\s]+/)) if (part.startsWith("/")) paths.push(normalizePath2(part));
      }
    }
    return { kind: "install", paths };
  }
  return null;
}
function runTouches(ins, st) {
  const script = ins.shell?.script;
  if (!script || ins.shell.opaqueReason || script.hasError || script.background || ins.heredoc) return null;
  const out2 = [];
  for (const statement2 of script.statements) {
    const cmd = statement2.type === "command" ? script.commands.find((c) => c.start === statement2.start && c.end === statement2.end) : void 0;
    out2.push({ statement: statement2, cmd, touch: cmd ? touchOf(cmd, st) : null });
  }
  return out2;
}
function instructionTouch(ctx, ins, st) {
  switch (ins.keyword) {
    case "LABEL":
    case "EXPOSE":
    case "CMD":
    case "ENTRYPOINT":
    case "STOPSIGNAL":
    case "HEALTHCHECK":
    case "MAINTAINER":
      return [];
    case "COPY":
    case "ADD": {
      const w = copyWrite(ins, st.cwd, st.vars, () => null);
      if ("error" in w) return null;
      const chown = ins.flags.find((f) => f.name === "chown")?.value ?? "";
      return [{ kind: "paths", paths: [w.region], accounts: chown !== "" && !/^\d+(:\d+)?$/.test(chown) }];
    }
    case "RUN": {
      const touches2 = runTouches(ins, st);
      if (!touches2 || touches2.some((t) => t.touch === null)) return null;
      const out2 = touches2.map((t) => t.touch);
      for (const f of ins.flags) {
        if (f.name !== "mount" || !f.value) return null;
        const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1];
        if (!target) return null;
        const p = resolvePath(st.cwd, target);
        if (p === null) return null;
        out2.push({ kind: "paths", paths: [p], accounts: false });
      }
      return out2;
    }
    default:
      return null;
  }
}
function fromContext(ins) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD") return false;
  if (ins.flags.some((f) => f.name === "from")) return false;
  return ins.args.slice(0, -1).some((a) => !/^[a-z]+:\/\//i.test(a.value));
}
function hoistStage(ctx, stage, startCwd, startVars, changes, skipped) {
  if (!stage.posixShell) return;
  if (!stage.instructions.some(fromContext)) return;
  const doc = ctx.doc;
  const rootImage = isRootImage(stage.image);
  const vars = new Map(rootImage ? [["PATH", DEFAULT_PATH]] : []);
  for (const [k, v] of startVars) vars.set(k, v);
  const st = { cwd: startCwd, vars, rootUser: rootImage };
  const states = [];
  let seen = null;
  for (const ins of stage.instructions) {
    seen ??= new Map(st.vars);
    states.push({ cwd: st.cwd, vars: seen, rootUser: st.rootUser });
    if (ins.keyword === "WORKDIR") {
      const v = expandVars(ins.args.map((a) => a.value).join(" "), st.vars);
      st.cwd = v === null ? null : resolvePath(st.cwd, v);
    } else if (ins.keyword === "ENV" || ins.keyword === "ARG") {
      seen = null;
      for (const { name, value } of readAssignments(ins)) {
        if (ins.keyword === "ARG" && value === null) {
          if (!st.vars.has(name)) st.vars.set(name, null);
          continue;
        }
        st.vars.set(name, value === null ? null : expandVars(value, st.vars));
      }
    } else if (ins.keyword === "USER") {
      const u = ins.args.map((a) => a.value).join("");
      st.rootUser = /^(root|0)(:(root|0))?$/.test(u);
    }
  }
  const list = stage.instructions;
  let sawContextCopy = false;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i];
    if (fromContext(ins)) sawContextCopy = true;
    if (!sawContextCopy || ins.keyword !== "RUN" || ins.flags.length) continue;
    const here = states[i];
    const touches2 = runTouches(ins, here);
    if (!touches2 || ins.shell.script.nodeTypes.has("comment")) continue;
    const moving = [];
    for (const t of touches2) {
      if (moving.length && t.statement.before !== "&&") break;
      if (!t.touch || t.touch.kind === "install" || t.touch.kind === "paths" && t.touch.accounts || t.cmd === void 0) break;
      const inv = invocation(t.cmd);
      if (inv && ["chown", "chgrp", "chmod"].includes(inv.name)) break;
      moving.push(t);
    }
    if (!moving.some((m) => m.touch.kind === "accounts" || m.touch.kind === "packages" || m.touch.kind === "paths" && m.touch.paths.includes("/root/.npm"))) continue;
    if (moving.length < touches2.length && touches2[moving.length].statement.before !== "&&") continue;
    if (touches2.slice(moving.length).some((t) => cleansUp(t.cmd, moving.map((m) => m.touch), here))) continue;
    let top = i;
    let passedContext = false;
    let stop = null;
    for (let j = i - 1; j >= 0; j--) {
      const passed = instructionTouch(ctx, list[j], states[j]);
      if (passed === null || !moving.every((m) => passed.every((p) => commutes(m.touch, p)))) {
        stop = list[j];
        break;
      }
      top = j;
      if (fromContext(list[j])) passedContext = true;
    }
    if (!passedContext) {
      const list2 = [...new Set(moving.map((m) => invocation(m.cmd)?.name ?? "?"))];
      const one = list2.length === 1;
      if (stop && (stop.keyword === "COPY" || stop.keyword === "ADD") && fromContext(stop)) {
        const after = ctx.written?.(stop.start) ? instructionName(ctx, stop) : `the ${stop.keyword} at line ${stop.line}`;
        skipped.push({ line: ins.line, reason: `${list2.join(", ")} at line ${ins.line} ${one ? "stays" : "stay"} after ${after}: ${one ? "it" : "they"} may read or write what that ${stop.keyword} writes (or the user names it sets)` });
      }
      continue;
    }
    const copy = list.slice(top, i).find(fromContext);
    changes.push(proposal(ctx, ins, list[top], copy, moving.map((m) => m.statement), moving.map((m) => m.cmd), touches2.length, stop));
  }
}
function cleansUp(cmd, moved, st) {
  if (!cmd) return true;
  const inv = invocation(cmd);
  if (!inv) return true;
  if (PACKAGE_TOOLS.has(inv.name)) return moved.some((m) => m.kind === "packages");
  const sub = inv.args[0]?.value ?? null;
  if (["npm", "yarn", "pnpm", "pip", "pip3", "go", "composer", "gem", "bundle"].includes(inv.name)) {
    if (sub !== "cache" && sub !== "clean" && sub !== "clear-cache" && sub !== "cleanup") return false;
    return moved.some((m) => m.kind === "paths" && m.paths.some((p) => isWithin(p, "/root") || isWithin(p, "/tmp")));
  }
  if (inv.name === "find" && !inv.args.some((w) => w.value === null || w.value === "-delete" || /^(rm|rmdir|unlink|shred)$/.test(w.value))) return false;
  if (!["rm", "rmdir", "unlink", "find", "shred"].includes(inv.name)) return false;
  const t = touchOf(cmd, st);
  if (!t || t.kind !== "paths") return true;
  return moved.some((m) => m.kind === "packages" ? t.paths.some(isSystemPath) : m.kind !== "none" && overlaps2(t.paths, m.kind === "accounts" ? [...m.paths, ...ACCOUNT_PATHS] : m.kind === "paths" || m.kind === "install" ? m.paths : []));
}
function isRootImage(image) {
  const name = image.toLowerCase().replace(/^docker\.io\//, "").replace(/^library\//, "").split(/[:@]/)[0];
  return /^(debian|ubuntu|alpine|node|python|golang|ruby|php|rust|openjdk|eclipse-temurin|buildpack-deps|centos|fedora|rockylinux|almalinux|amazonlinux|dockerfix\/[a-z-]+)$/.test(name);
}
function commentStart(doc, ins) {
  const floor = doc.stages[ins.stage]?.from.line ?? 0;
  let line = ins.line;
  while (line - 1 > floor && /^[ \t]*#/.test(doc.text.slice(doc.offsetOfLine(line - 1), doc.offsetOfLine(line)))) line--;
  return line;
}
function copiedNames(copy) {
  const sources = copy.json || copy.heredoc ? [] : copy.args.slice(0, -1).map((a) => a.value).filter((v) => !/^[a-z]+:\/\//i.test(v));
  if (sources.length === 0 || sources.some((v) => v === "." || v === "./" || v === "*")) return "the build context";
  const shown = sources.slice(0, 3).join(", ");
  return sources.length > 3 ? `${shown} and ${sources.length - 3} more` : shown;
}
function chownsAfter(doc, copy) {
  return (doc.stages[copy.stage]?.instructions ?? []).some((i) => i.start > copy.start && i.keyword === "RUN" && (i.shell?.script?.commands ?? []).some((c) => invocation(c)?.name === "chown"));
}
function stopWhy(stop, one) {
  const it = one ? "it" : "them";
  if (["WORKDIR", "ENV", "ARG", "USER", "SHELL", "VOLUME", "ONBUILD", "FROM"].includes(stop.keyword)) return `a ${stop.keyword} that changes how ${one ? "it runs" : "they run"}`;
  return `which ${stop.keyword === "RUN" ? `runs commands that do not commute with ${it} or are unknown` : `writes where ${one ? "it reads or writes" : "they read or write"}`}`;
}
function proposal(ctx, run, before, copy, statements, cmds, total, stop) {
  const doc = ctx.doc;
  const texts = statements.map((s) => doc.text.slice(s.start, s.end));
  const multiLine = run.endLine > run.line;
  const sep = multiLine ? ` && ${doc.escape}${doc.eol}${continuationIndent(doc, run)}` : " && ";
  const at = doc.offsetOfLine(commentStart(doc, before));
  const all = run.shell.script.statements;
  const edits = [];
  if (statements.length === total) {
    const from = doc.offsetOfLine(commentStart(doc, run));
    const removal = removeInstruction(doc, run);
    const lineEnd2 = /^(\r\n|\n|\r)/.exec(doc.text.slice(run.end, run.end + 2))?.[0] ?? doc.eol;
    edits.push({ start: at, end: at, text: `${doc.text.slice(from, run.end)}${lineEnd2}` });
    edits.push({ start: Math.min(from, removal.start), end: removal.end, text: "" });
  } else {
    edits.push({ start: at, end: at, text: `RUN ${texts.join(sep)}${doc.eol}` });
    edits.push({ start: all[0].start, end: all[statements.length].start, text: "" });
  }
  const names = [...new Set(cmds.map((c) => invocation(c)?.name ?? "?"))].join(", ");
  const one = texts.length === 1;
  const span = before.line === run.line - 1 ? `line ${before.line}` : `lines ${before.line}-${run.line - 1}`;
  return {
    message: `move ${names} from the RUN at line ${run.line} above the ${copy.keyword} of ${copiedNames(copy)} (line ${copy.line})${copy === before ? "" : ` and the ${before.keyword} before it (line ${before.line})`}`,
    reason: `${one ? "It reads" : "They read"} nothing the build context brings, and the instructions ${one ? "it moves" : "they move"} past (${span}) neither read nor write what ${one ? "it touches" : "they touch"}, so the image is the same${stop ? ` (${one ? "it stops" : "they stop"} below ${instructionName(ctx, stop)}, ${stopWhy(stop, one)})` : ""}; a source edit no longer re-runs ${one ? "it" : "them"}${cmds.some((c) => ACCOUNT_TOOLS.has(invocation(c)?.name ?? "")) && chownsAfter(doc, copy) ? ", and with the user made before the COPY, copy-chown can set the owner as the files are written" : ""}.`,
    safety: "safe",
    edits,
    // Split in two: a change another pass computed on the whole RUN (a cleanup appended to its end, which would land
    // in the part that stays) waits and is proposed again on the result.
    ...statements.length < total ? { covers: [run.start, run.end] } : {}
  };
}

// transforms/deps-first.ts
var PASS_THROUGH = /* @__PURE__ */ new Set(["WORKDIR", "ENV", "ARG", "USER", "LABEL", "EXPOSE", "STOPSIGNAL", "HEALTHCHECK", "CMD", "ENTRYPOINT", "MAINTAINER", "SHELL"]);
var UNKNOWN_WORKDIR = "/\0workdir";
var INSTALL_WORDS = /\b(npm|yarn|pnpm|pip[0-9.]*|poetry|pipenv|uv|go|mvn|mvnw|gradle|gradlew|bundle|composer|cargo)\b/;
var depsFirst = {
  id: "deps-first",
  description: "copy dependency manifests and install before copying the sources, and move user creation and package installs above them, so a source edit does not re-run them",
  defaultEnabled: true,
  priority: 15,
  run(ctx) {
    const changes = [];
    const skipped = [];
    const ecosystems = /* @__PURE__ */ new Set();
    const states = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Map();
    for (const stage of ctx.doc.stages) {
      const first = named.get(stage.image.toLowerCase());
      const parent = first && first.index < stage.index ? first : void 0;
      if (stage.name !== null && !named.has(stage.name)) named.set(stage.name, stage);
      const state = walkStage(ctx, stage, parent ? states.get(parent.index) ?? null : null, changes, skipped, ecosystems);
      states.set(stage.index, state);
      hoistStage(ctx, stage, parent ? null : imageWorkdir(stage.image), /* @__PURE__ */ new Map(), changes, skipped);
    }
    const ignore2 = proposeDockerignore(ctx.doc, ctx.context, ecosystems);
    if (ignore2) changes.push(ignore2);
    return { changes, skipped };
  }
};
function walkStage(ctx, stage, parent, changes, skipped, ecosystems) {
  const state = { workdir: parent?.workdir ?? UNKNOWN_WORKDIR, vars: new Map(parent?.vars ?? []) };
  const list = stage.instructions;
  const covered2 = /* @__PURE__ */ new Set();
  const late = [];
  {
    const ahead = { workdir: state.workdir, vars: new Map(state.vars) };
    for (let i = 0; i < list.length; i++) {
      if (applyState(list[i], ahead)) continue;
      const plan = planLateManifest(ctx, stage, i, ahead);
      if (plan === null) continue;
      if ("skip" in plan) late.push({ line: plan.line, reason: plan.skip });
      else {
        changes.push(plan.change);
        for (const c of plan.covered) covered2.add(c);
      }
    }
  }
  const before = skipped.length;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i];
    if (ctx.context && !ctx.context.hasDockerignore) for (const eco of ecosystemsOf(ins)) ecosystems.add(eco);
    if (applyState(ins, state)) continue;
    if (covered2.has(ins)) continue;
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && stage.posixShell) {
      const result = planSplit(ctx, stage, i, state);
      if (result === null) continue;
      if ("skip" in result) skipped.push({ line: result.line, reason: result.skip });
      else changes.push(result.change);
    }
  }
  if (late.length) {
    const generic = skipped.splice(before).filter((s) => !/comes between the source COPY/.test(s.reason));
    skipped.push(...generic, ...late);
  }
  return state;
}
function applyState(ins, state) {
  if (ins.keyword === "WORKDIR") {
    const raw = ins.args.map((a) => a.value).join(" ");
    const expanded = expandVars(raw, state.vars);
    state.workdir = expanded === null ? `/\0unknown${ins.line}` : resolvePath(state.workdir, expanded) ?? state.workdir;
    return true;
  }
  if (ins.keyword === "ENV" || ins.keyword === "ARG") {
    for (const { name, value } of readAssignments(ins)) {
      if (ins.keyword === "ARG" && value === null) {
        if (!state.vars.has(name)) state.vars.set(name, null);
        continue;
      }
      state.vars.set(name, value === null ? null : expandVars(value, state.vars));
    }
    return true;
  }
  return false;
}
function ecosystemsOf(ins) {
  const script = ins.shell?.script;
  if (!script) return [];
  const out2 = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    const c = classify(inv);
    if (c.kind === "deps") out2.push(c.install.ecosystem);
    else if (inv.name === "cargo") out2.push("cargo");
    else if (inv.name === "mvn" || inv.name === "mvnw") out2.push("maven");
    else if (inv.name === "gradle" || inv.name === "gradlew") out2.push("gradle");
    else if (["npm", "yarn", "pnpm", "composer", "bundle", "poetry", "pipenv"].includes(inv.name)) out2.push(inv.name === "bundle" ? "bundler" : inv.name);
  }
  return out2;
}
var listings = /* @__PURE__ */ new WeakMap();
function listDir(context, dir) {
  let known = listings.get(context);
  if (!known) listings.set(context, known = /* @__PURE__ */ new Map());
  let names = known.get(dir);
  if (names === void 0) known.set(dir, names = context.list(dir));
  return names;
}
function readSourceCopy(doc, ins, state, context) {
  if (ins.flags.some((f) => f.name === "from") || ins.heredoc || ins.args.length !== 2) return null;
  if (doc.text.slice(ins.argsStart, ins.argsEnd).trimStart().startsWith("[")) return null;
  const [src2, dst] = ins.args;
  const s = src2.value;
  if (/[*?[$]/.test(s) || /^[a-z]+:\/\//i.test(s) || s.startsWith("git@")) return null;
  let ctxDir;
  if (s === "." || s === "./") ctxDir = "";
  else {
    const n = path5.posix.normalize(s).replace(/\/+$/, "");
    if (n.startsWith("..") || n.startsWith("/")) return null;
    const isDir = context ? listDir(context, n).length > 0 : s.endsWith("/");
    if (!isDir) return null;
    ctxDir = n;
  }
  const other = ins.flags.find((f) => !["chown", "chmod", "link"].includes(f.name));
  const destExpanded = expandVars(dst.value, state.vars);
  if (destExpanded === null) return { skip: `the destination ${dst.value} of the COPY at line ${ins.line} uses a variable with no known value` };
  const dest = resolvePath(state.workdir, destExpanded);
  if (dest === null || dest.includes("\0unknown")) return { skip: `the working directory at line ${ins.line} is not known` };
  if (other) return { skip: `the COPY at line ${ins.line} has --${other.name}, which a manifest COPY cannot mirror` };
  return {
    ins,
    ctxDir,
    destText: dst.value,
    dest,
    flagsText: ins.flags.map((f) => doc.text.slice(f.start, f.end)).join(" ")
  };
}
function redirectFiles(statement2, cmd, cwd, vars) {
  const paths = [];
  const assigned = new Set(cmd.assignments.map((a) => a.text.slice(0, Math.max(0, a.text.indexOf("=")))));
  for (const r of [...cmd.redirects, ...statement2.redirects ?? []]) {
    const t = r.target;
    if (t === null) return { paths, unresolved: r.text };
    const op = r.text.slice(0, t.start - r.start).trim();
    if (op.endsWith("&") && t.value !== null && /^(\d+|-)$/.test(t.value)) continue;
    if (varNames(t.text).some((v) => assigned.has(v))) return { paths, unresolved: r.text };
    const value = t.value ?? expandWord(t, vars);
    const p = value === null || value === "" || /[*?[]/.test(value) ? null : resolvePath(cwd, value);
    if (p === null) return { paths, unresolved: r.text };
    paths.push(p);
  }
  return { paths };
}
function statementSteps(script, workdir, vars = /* @__PURE__ */ new Map()) {
  const steps = [];
  if (!script) return steps;
  let cwd = workdir;
  for (const statement2 of script.statements) {
    const cmds = script.commands.filter((c) => c.start >= statement2.start && c.end <= statement2.end);
    const step = { statement: statement2, kind: "build", cwd };
    if (cmds.length === 1 && (statement2.type === "command" || statement2.type === "redirected_statement" && cmds[0].start === statement2.start) && cmds[0].topLevelShell) {
      const inv = invocation(cmds[0]);
      const redirects = redirectFiles(statement2, cmds[0], cwd, vars);
      const redirected = redirects.paths.length > 0 || redirects.unresolved !== void 0;
      if (inv && inv.name === "cd" && inv.args.length === 1 && inv.args[0].value !== null && !inv.args[0].value.startsWith("-")) {
        const next = resolvePath(cwd, inv.args[0].value);
        if (next && !redirected) {
          cwd = next;
          step.kind = "cd";
          step.cwd = cwd;
        }
      } else if (inv && !inv.runsAsOtherUser) {
        const c = classify(inv);
        step.kind = c.kind;
        if (c.kind === "deps") step.install = c.install;
        if (c.kind === "neutral") step.writes = c.writes;
        if (c.kind === "neutral" && (inv.name === "." || inv.name === "source")) step.sourced = inv.args[0]?.value ?? void 0;
        if (c.kind === "build") step.why = c.why;
        const pkgFiles = c.kind === "neutral" ? packageFiles(inv, vars) : { paths: [] };
        if (pkgFiles.paths.length || pkgFiles.unresolved !== void 0) {
          step.writes = [...step.writes ?? [], ...pkgFiles.paths];
          if (pkgFiles.unresolved !== void 0) step.unresolved = pkgFiles.unresolved;
        }
        if (c.kind !== "build" && redirected) {
          step.writes = [...step.writes ?? [], ...redirects.paths];
          if (redirects.unresolved !== void 0) step.unresolved ??= redirects.unresolved;
        }
      }
    }
    steps.push(step);
  }
  return steps;
}
function carriedText(doc, steps, prefix) {
  return steps.slice(0, prefix).filter((s) => s.kind === "cd" || s.sourced !== void 0).map((s) => `${shortText(doc, s.statement, Infinity)} && `).join("");
}
function activates(steps, prefix) {
  const sourced = steps.slice(0, prefix).filter((s) => s.sourced !== void 0).map((s) => `\`. ${s.sourced}\``);
  return sourced.length ? `, which starts with ${listText(sourced)} again so they run in the same environment` : "";
}
function planSplit(ctx, stage, index, stateAtCopy) {
  const { doc, context } = ctx;
  const ins = stage.instructions[index];
  const copy = readSourceCopy(doc, ins, stateAtCopy, context);
  if (copy === null) return null;
  const state = { workdir: stateAtCopy.workdir, vars: new Map(stateAtCopy.vars) };
  const between = [];
  const workdirs = [];
  const changedVars = /* @__PURE__ */ new Set();
  let found = null;
  let stop = null;
  let blockWhy = null;
  for (let j = index + 1; j < stage.instructions.length; j++) {
    const next = stage.instructions[j];
    if ((next.keyword === "COPY" || next.keyword === "ADD") && disjointCopy(next, state, D(copy))) {
      between.push(next);
      continue;
    }
    if (PASS_THROUGH.has(next.keyword)) {
      if (next.keyword === "ENV" || next.keyword === "ARG") for (const a of readAssignments(next)) changedVars.add(a.name);
      applyState(next, state);
      if (next.keyword === "WORKDIR") workdirs.push(state.workdir);
      between.push(next);
      continue;
    }
    if (next.keyword !== "RUN") {
      stop = j;
      break;
    }
    const script = next.shell?.script;
    if (!script) {
      if ("skip" in copy) return null;
      if (INSTALL_WORDS.test(next.text)) return { skip: `the RUN at line ${next.line} is not readable as shell (${next.shell?.opaqueReason ?? "no shell view"})`, line: next.line };
      stop = j;
      break;
    }
    const steps = statementSteps(script, state.workdir, state.vars);
    let prefix = 0;
    let sawDeps = false;
    for (let k = 0; k < steps.length; k++) {
      if (steps[k].kind === "build") break;
      if (steps[k].kind === "deps") {
        sawDeps = true;
        prefix = k + 1;
      }
    }
    if (!sawDeps) {
      if (steps.every((s) => s.kind === "neutral")) {
        if (steps.every((s) => s.unresolved === void 0 && (s.writes ?? []).every((w) => outside(resolvePath(s.cwd, w), D(copy))))) {
          between.push(next);
          continue;
        }
        if ("skip" in copy) return null;
        const bad = steps.find((s) => s.unresolved !== void 0 || (s.writes ?? []).some((w) => !outside(resolvePath(s.cwd, w), copy.dest)));
        const what = bad.unresolved !== void 0 ? `opens a file we cannot name (\`${bad.unresolved}\`), which may be inside ${displayPath(copy.dest)}` : `writes or opens ${listText((bad.writes ?? []).map((w) => resolvePath(bad.cwd, w) ?? w).filter((p) => !outside(p, copy.dest)).map(displayPath))}, inside the tree ${displayPath(copy.dest)} that the COPY at line ${ins.line} fills`;
        blockWhy = `the RUN at line ${next.line} (\`${shortText(doc, bad.statement)}\`) ${what}: the source ${ins.keyword} cannot move after it`;
        stop = j;
        break;
      }
      const firstBuild = steps.find((s) => s.kind === "build");
      const laterDeps = steps.some((s) => s.kind === "deps");
      if ("skip" in copy) return null;
      if (firstBuild?.why) return { skip: firstBuild.why, line: next.line };
      if (!laterDeps && firstBuild) {
        const go2 = planGoDownload(ctx, stage, copy, firstBuild, state, workdirs, next, between);
        if (go2) return go2;
      }
      if (laterDeps) return { skip: `the RUN at line ${next.line} runs \`${doc.text.slice(firstBuild.statement.start, firstBuild.statement.end).split(/\s+/).slice(0, 3).join(" ")}\` before installing dependencies, which may need the sources`, line: next.line };
      stop = j;
      break;
    }
    while (prefix < steps.length && steps[prefix].kind === "neutral") prefix++;
    found = { run: next, steps, prefix, between, workdirs };
    break;
  }
  if (!found) {
    if (stop === null || "skip" in copy) return null;
    const blocker = stage.instructions[stop];
    const later = stage.instructions.slice(stop + (blocker.keyword === "RUN" ? 1 : 1)).find((i) => i.keyword === "RUN" && statementSteps(i.shell?.script ?? null, state.workdir, state.vars).some((s) => s.kind === "deps"));
    if (!later) return null;
    if (blockWhy) return { skip: blockWhy, line: later.line };
    const what = blocker.keyword === "RUN" ? `the RUN at line ${blocker.line}` : `the ${blocker.keyword} at line ${blocker.line}`;
    return { skip: `${what} comes between the source ${ins.keyword} at line ${ins.line} and the install at line ${later.line} and may read or change the copied files`, line: later.line };
  }
  if ("skip" in copy) return { skip: copy.skip, line: ins.line };
  return buildChange(ctx, stage, copy, found, changedVars);
}
function D(copy) {
  return "skip" in copy ? null : copy.dest;
}
function outside(p, dir) {
  return p !== null && dir !== null && !p.includes("\0") && !isWithin(p, dir) && !isWithin(dir, p);
}
function disjointCopy(ins, state, dir) {
  if (ins.heredoc || ins.args.length < 2) return false;
  const dest = expandVars(ins.args[ins.args.length - 1].value, state.vars);
  if (dest === null) return false;
  return outside(resolvePath(state.workdir, dest), dir);
}
function buildChange(ctx, stage, copy, found, changedVars) {
  const { doc, context } = ctx;
  const { run, steps, prefix } = found;
  const skip = (reason2, line = run.line) => ({ skip: reason2, line });
  const installs = steps.slice(0, prefix).filter((s) => s.kind === "deps");
  const rest = steps.slice(prefix);
  const tag = installs[0].install.ecosystem;
  const D2 = copy.dest;
  if (rest.length > 0) {
    if (rest.some((s) => s.statement.before !== "&&")) return skip(`the RUN at line ${run.line} joins its commands with ; or || after the install, so it cannot be split into two RUNs`);
    if (run.shell.script.background) return skip(`the RUN at line ${run.line} starts a background process`);
    const gap = doc.text.slice(steps[prefix - 1].statement.end, rest[0].statement.start);
    if (!new RegExp(`^[\\s${escapeRe2(doc.escape)}]*&&[\\s${escapeRe2(doc.escape)}]*$`).test(gap)) return skip(`the RUN at line ${run.line} has comments where it would be split`);
    if (run.shell.script.nodeTypes.has("comment")) return skip(`the RUN at line ${run.line} has a shell comment`);
  }
  if (varNames(copy.ins.text).some((v) => changedVars.has(v))) return skip(`the COPY at line ${copy.ins.line} uses a variable that changes before the install`, copy.ins.line);
  const toContext = (imagePath) => {
    if (!isWithin(imagePath, D2)) return null;
    const rel = imagePath === D2 ? "" : imagePath.slice(D2 === "/" ? 1 : D2.length + 1);
    return rel === "" ? copy.ctxDir || "." : copy.ctxDir ? `${copy.ctxDir}/${rel}` : rel;
  };
  const files = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const notes = [];
  const unknown = [];
  const lockConditions = [];
  for (const step of installs) {
    const inst = step.install;
    const project = resolvePath(step.cwd, inst.project);
    if (project === null) return skip(`\`${shortText(doc, step.statement)}\` runs in a directory we cannot resolve`);
    const at2 = (rel) => resolvePath(project, rel);
    for (const group of inst.required) {
      const images = group.map(at2);
      if (images.some((p) => p === null || toContext(p) === null)) {
        if (images.every((p) => p !== null && !p.includes("\0"))) return null;
        return skip(`${displayPath(images[0] ?? group[0])} (read by \`${shortText(doc, step.statement)}\`) is not inside ${displayPath(D2)}, which the COPY at line ${copy.ins.line} fills`);
      }
      if (context) {
        const hit = images.find((p) => context.has(toContext(p)));
        if (!hit) return skip(`${toContext(images[0])} is not in the build context (or .dockerignore excludes it), so the install does not read it from the COPY at line ${copy.ins.line}`);
        files.set(hit, toContext(hit));
      } else if (group.length === 1) {
        files.set(images[0], toContext(images[0]));
      } else {
        for (const p of images) files.set(p, `${toContext(p)}*`);
      }
    }
    const earlier = earlierManifestCopy(stage, copy.ins, [...files.values()].map((f) => path5.posix.basename(f.replace(/\*$/, ""))), inst.ecosystem);
    if (earlier) return skip(`dependencies are already installed from the manifests copied at line ${earlier.line}; the install after the COPY at line ${copy.ins.line} runs again on purpose`);
    for (const opt of inst.optional) {
      const p = at2(opt);
      const c = p ? toContext(p) : null;
      if (!p || !c || files.has(p)) continue;
      if (context) {
        if (context.has(c)) files.set(p, c);
      } else {
        files.set(p, `${c}*`);
      }
    }
    for (const d of inst.optionalDirs) {
      const p = at2(d);
      const c = p ? toContext(p) : null;
      if (!p || !c) continue;
      if (context) {
        if (context.has(c) && listDir(context, c).length > 0) dirs.set(p, c);
      } else {
        unknown.push(`${d}/ (read by ${inst.ecosystem} when present)`);
      }
    }
    if (context) {
      const read = (rel) => {
        const p = at2(rel);
        const c = p ? toContext(p) : null;
        return c ? context.read(c) : null;
      };
      const seen = inst.inspect?.(read) ?? {};
      if (seen.problem) return skip(seen.problem);
      for (const extra of seen.extra ?? []) {
        const p = at2(extra);
        const c = p ? toContext(p) : null;
        if (!p || !c) return skip(`${extra} is outside the directory the COPY at line ${copy.ins.line} fills`);
        files.set(p, c);
      }
      for (const { dir, why } of inst.readsDirs ?? []) {
        const p = at2(dir);
        const c = p ? toContext(p) : null;
        if (c && context.has(c)) return skip(`the build context holds ${c}: ${why}, and it is not copied with the manifests`);
      }
      const outs = [...inst.outputs];
      for (const out2 of outs) {
        const p = at2(out2);
        const c = p ? toContext(p) : null;
        if (c && context.has(c)) {
          return skip(`the build context holds ${c} (not excluded by .dockerignore): the source ${copy.ins.keyword}, after the install, would overwrite the installed ${out2} with the context's`);
        }
      }
      if (inst.updatesLock) {
        const lock = inst.optional.find((o) => /lock|shrinkwrap/i.test(o));
        const lockAt = lock ? at2(lock) : null;
        if (lock && lockAt && files.has(lockAt)) {
          const manifest = inst.required[0]?.[0];
          const manifestAt = manifest ? at2(manifest) : null;
          const inSync = inst.ecosystem === "npm" && manifestAt && files.has(manifestAt) ? npmLockInSync(context.read(files.get(manifestAt)), context.read(files.get(lockAt))) : false;
          if (inSync) notes.push(`${inst.updatesLock}; the context's ${lock} matches package.json, so it stays as it is`);
          else lockConditions.push(`${inst.updatesLock}, and the source ${copy.ins.keyword} copies the context's ${lock} over the rewritten one: the image's ${lock} stays the same only if it is in sync`);
        }
      }
    } else {
      if (inst.inspect) unknown.push(`what ${inst.required[0][0]} declares (${inst.ecosystem === "pip" ? "local paths, -e, nested -r files" : "install scripts, local-path dependencies, workspaces"})`);
      for (const { dir } of inst.readsDirs ?? []) unknown.push(`whether the context holds ${dir}/ (read by ${inst.ecosystem} when present)`);
      if (inst.outputs.length) unknown.push(`whether the context holds ${inst.outputs.join(", ")} outside .dockerignore (the source ${copy.ins.keyword} would overwrite the installed one)`);
    }
  }
  for (const step of steps.slice(0, prefix)) {
    if (step.unresolved !== void 0) return skip(`\`${shortText(doc, step.statement)}\` has a redirect to a file we cannot name (\`${step.unresolved}\`), which may be inside ${displayPath(D2)}`);
    for (const w of step.writes ?? []) {
      const p = resolvePath(step.cwd, w);
      if (p === null) return skip(`\`${shortText(doc, step.statement)}\` writes to a path we cannot resolve`);
      const c = toContext(p);
      if (c === null) continue;
      if (!context) unknown.push(`whether the context holds ${c}`);
      else if (context.has(c)) return skip(`the build context holds ${c}, which \`${shortText(doc, step.statement)}\` creates, writes or reads: moved above the source ${copy.ins.keyword}, it would find the file missing, or see it overwritten afterwards`);
    }
  }
  for (const step of steps.slice(0, prefix)) {
    if (step.sourced === void 0) continue;
    const p = resolvePath(step.cwd, step.sourced);
    const c = p === null ? null : toContext(p);
    if (p === null || p.includes("\0") && !isWithin(p, D2)) return skip(`\`${shortText(doc, step.statement)}\` sources a script we cannot locate`);
    if (c === null) continue;
    if (!context) unknown.push(`whether the context holds ${c}`);
    else if (context.has(c)) return skip(`\`${shortText(doc, step.statement)}\` sources ${c}, which the build context holds: moved above the source ${copy.ins.keyword}, the install would source another file`);
  }
  let movedText2 = copy.ins.text;
  if (found.workdirs.length > 0) {
    const below = found.workdirs.find((w) => w !== D2 && isWithin(w, D2));
    if (below) return skip(`the WORKDIR ${displayPath(below)} between the COPY at line ${copy.ins.line} and the install is inside the copied tree`);
    if (!copy.destText.startsWith("/")) {
      if (D2.includes("\0")) return skip(`a WORKDIR between the COPY at line ${copy.ins.line} and the install changes where its relative destination points, and the base image's working directory is not known`);
      const destWord = copy.ins.args[1];
      const abs = copy.destText.endsWith("/") && D2 !== "/" ? `${D2}/` : D2;
      movedText2 = doc.text.slice(copy.ins.start, destWord.start) + abs + doc.text.slice(destWord.end, copy.ins.end);
    }
  }
  for (const [image, src2] of [...files]) {
    if (src2.endsWith("*") && [...files.values()].some((o) => o !== src2 && o.endsWith("*") && src2.startsWith(o.slice(0, -1)))) files.delete(image);
  }
  const sources = [...files.values()];
  if ([...sources, ...dirs.values()].some((s) => /[\s"'`$\\]/.test(s))) return skip("a manifest path has characters a COPY source would need quoted");
  const flags = copy.flagsText ? `${copy.flagsText} ` : "";
  const kw = copy.ins.keyword === "COPY" ? doc.text.slice(copy.ins.start, copy.ins.start + 4) : "COPY";
  const destFor = (imageDir) => {
    const rel = imageDir === D2 ? "" : imageDir.slice(D2 === "/" ? 1 : D2.length + 1);
    const base2 = copy.destText.replace(/\/+$/, "");
    if (base2 === "") return rel ? `/${rel}/` : "/";
    return rel ? `${base2}/${rel}/` : `${base2}/`;
  };
  const byDir = /* @__PURE__ */ new Map();
  for (const [image, src2] of files) {
    const dir = path5.posix.dirname(image);
    if (!byDir.has(dir)) byDir.set(dir, []);
    byDir.get(dir).push(src2);
  }
  const lines = [];
  for (const [dir, srcs] of byDir) lines.push(`${kw} ${flags}${srcs.join(" ")} ${destFor(dir)}`);
  for (const [image, src2] of dirs) lines.push(`${kw} ${flags}${src2} ${destFor(path5.posix.dirname(image))}${path5.posix.basename(image)}/`);
  const at = stage.instructions.indexOf(copy.ins);
  const prev = at > 0 ? stage.instructions[at - 1] : null;
  let folded = null;
  if (prev && prev.keyword === "COPY" && byDir.size === 1 && dirs.size === 0 && !prev.heredoc && !prev.json && doc.text.slice(prev.end, copy.ins.start).trim() === "") {
    const words = prev.args.map((a) => a.value);
    const srcs = words.slice(0, -1);
    const [dir, ours] = [...byDir][0];
    const sameDest = (words[words.length - 1] ?? "").replace(/\/+$/, "") === destFor(dir).replace(/\/+$/, "");
    const prevFlags = prev.flags.map((f) => doc.text.slice(f.start, f.end)).join(" ");
    if (srcs.length && sameDest && prevFlags === copy.flagsText && srcs.every((w) => ours.some((o) => o.replace(/\*$/, "") === w))) {
      lines[0] = `${kw} ${flags}${[...srcs, ...ours.filter((o) => !srcs.includes(o.replace(/\*$/, "")))].join(" ")} ${destFor(dir)}`;
      folded = prev;
      for (const [image, src2] of files) if (srcs.includes(src2.replace(/\*$/, ""))) files.set(image, src2.replace(/\*$/, ""));
    }
  }
  const edits = [{ start: (folded ?? copy.ins).start, end: copy.ins.end, text: lines.join(doc.eol) }];
  const runKw = doc.text.slice(run.start, run.start + 3);
  const runFlags = run.flags.map((f) => doc.text.slice(f.start, f.end)).join(" ");
  if (rest.length === 0) {
    edits.push({ start: run.end, end: run.end, text: `${doc.eol}${movedText2}` });
  } else {
    const cds = carriedText(doc, steps, prefix);
    edits.push({
      start: steps[prefix - 1].statement.end,
      end: rest[0].statement.start,
      text: `${doc.eol}${movedText2}${doc.eol}${runKw} ${runFlags ? `${runFlags} ` : ""}${cds}`
    });
  }
  const installText = installs.map((s) => `\`${shortText(doc, s.statement)}\``).join(", ");
  const copied = [...files.values(), ...[...dirs.values()].map((d) => `${d}/`)];
  const safety = context && lockConditions.length === 0 ? "safe" : "unsafe";
  let reason = `A source edit no longer re-runs ${installText}: its layer is rebuilt only when ${listText(copied)} change${copied.length === 1 ? "s" : ""}, which saves the install time on every rebuild after a code change.`;
  if (rest.length) reason += ` The build commands after the install move to a new RUN after the source ${copy.ins.keyword}${activates(steps, prefix)}.`;
  const passed = found.between.filter((b) => b.keyword === "RUN" || b.keyword === "COPY" || b.keyword === "ADD");
  if (passed.length) reason += ` The source ${copy.ins.keyword} also moves after line${passed.length > 1 ? "s" : ""} ${passed.map((b) => b.line).join(", ")}, which neither read nor write the copied tree.`;
  if (folded) reason += ` The COPY at line ${folded.line} copied some of them already: it is folded into the manifest COPY, so they are not copied once more in the next layer.`;
  reason += " The manifests are copied twice with the same content, so the image files stay the same.";
  if (notes.length) reason += ` Note: ${notes.join("; ")}.`;
  if (!context) {
    reason = `Unsafe: no build context to check ${listText(unknown.length ? unknown : ["which manifests exist"])}; optional files are copied with a * so a missing one does not fail the build. ${reason}`;
  } else if (lockConditions.length) {
    reason = `Unsafe: ${lockConditions.join("; ")}. ${reason}`;
  }
  return {
    change: {
      message: `copy ${listText(copied)} and install ${tag} dependencies before copying the sources (line ${copy.ins.line})`,
      reason,
      safety,
      edits,
      tag,
      // Split in two: a change another pass computed on the whole RUN (a cleanup appended to its end) waits.
      ...rest.length ? { covers: [run.start, run.end] } : {}
    }
  };
}
function npmLockInSync(pkgText, lockText) {
  if (!pkgText || !lockText) return false;
  try {
    const pkg = JSON.parse(pkgText);
    const lock = JSON.parse(lockText);
    const root = lock.packages?.[""];
    if (!root || (lock.lockfileVersion ?? 1) < 2 || pkg.workspaces) return false;
    const fields = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
    return fields.every((f) => JSON.stringify(sortedKeys(pkg[f])) === JSON.stringify(sortedKeys(root[f])));
  } catch {
    return false;
  }
}
function sortedKeys(v) {
  if (v === void 0 || v === null || typeof v !== "object") return v ?? {};
  const o = v;
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}
function earlierManifestCopy(stage, before, names, ecosystem) {
  let manifestCopy = null;
  for (const ins of stage.instructions) {
    if (ins.start >= before.start) break;
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && !ins.flags.some((f) => f.name === "from") && !copiesWholeContext(ins)) {
      const globs = ins.args.slice(0, -1).map((a) => globRe(path5.posix.basename(a.value.replace(/\/+$/, ""))));
      if (globs.some((re) => names.some((n) => re.test(n)))) manifestCopy ??= ins;
    }
    if (manifestCopy && ins.keyword === "RUN" && statementSteps(ins.shell?.script ?? null, "/").some((s) => s.install?.ecosystem === ecosystem)) return manifestCopy;
  }
  return null;
}
function globRe(pattern) {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}
function shortText(doc, st, max = 60) {
  const t = doc.text.slice(st.start, st.end).replace(/\s*[\\`]\r?\n\s*/g, " ").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
function displayPath(p) {
  return p.startsWith(UNKNOWN_WORKDIR) ? `the base image's working directory${p.slice(UNKNOWN_WORKDIR.length)}` : p;
}
function listText(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function escapeRe2(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var INSTALL_AREAS = [
  "/usr/lib",
  "/usr/local/lib",
  "/usr/bin",
  "/usr/local/bin",
  "/usr/sbin",
  "/usr/local/sbin",
  "/usr/share",
  "/usr/local/share",
  "/usr/include",
  "/usr/local/include",
  "/usr/local/bundle",
  "/etc",
  "/var/lib",
  "/var/cache",
  "/var/tmp",
  "/lib",
  "/lib64",
  "/bin",
  "/sbin",
  "/root",
  "/tmp",
  "/opt/conda",
  "/go"
];
function planLateManifest(ctx, stage, index, state) {
  const { doc, context } = ctx;
  const manifest = stage.instructions[index];
  const run = stage.instructions[index + 1];
  if (manifest.keyword !== "COPY" || !run || run.keyword !== "RUN" || !run.shell?.script || !stage.posixShell) return null;
  if (manifest.heredoc || manifest.flags.some((f) => f.name !== "chown" && f.name !== "chmod") || manifest.args.length < 2) return null;
  if (doc.text.slice(manifest.argsStart, manifest.argsEnd).trimStart().startsWith("[")) return null;
  if (instructionsBetween(stage, manifest, run).length) return null;
  const isFile = (src2) => {
    if (!context) return null;
    if (!context.has(src2)) return null;
    try {
      return fs3.statSync(path5.join(context.dir, src2)).isFile();
    } catch {
      return null;
    }
  };
  const sources = manifest.args.slice(0, -1).map((a) => a.value);
  const fileLike = (src2) => !src2.endsWith("/") && (/^[^.][^/]*\.[A-Za-z0-9]{1,8}$/.test(path5.posix.basename(src2)) || /^(Gemfile|Pipfile|go\.(mod|sum))$/.test(path5.posix.basename(src2)));
  if (sources.some((s) => /[*?[$\\]/.test(s) || s.startsWith("/") || path5.posix.normalize(s).startsWith("..") || (context ? isFile(s) !== true : !fileLike(s)))) return null;
  const destRaw = expandVars(manifest.args[manifest.args.length - 1].value, state.vars);
  if (destRaw === null) return null;
  const dest = resolvePath(state.workdir, destRaw);
  if (dest === null || dest.includes("\0")) return null;
  const intoDir = destRaw.endsWith("/") || sources.length > 1;
  const written = /* @__PURE__ */ new Map();
  for (const s of sources) written.set(intoDir ? normalizePath2(`${dest}/${path5.posix.basename(s)}`) : dest, path5.posix.normalize(s));
  const steps = statementSteps(run.shell.script, state.workdir, state.vars);
  let prefix = 0;
  for (let k = 0; k < steps.length; k++) {
    if (steps[k].kind === "build") break;
    if (steps[k].kind === "deps") prefix = k + 1;
  }
  const installs = steps.slice(0, prefix).filter((s) => s.kind === "deps");
  if (installs.length === 0) return null;
  while (prefix < steps.length && steps[prefix].kind === "neutral") prefix++;
  const reads = /* @__PURE__ */ new Set();
  const writes = [];
  const unknown = [];
  for (const step of installs) {
    const inst = step.install;
    const project = resolvePath(step.cwd, inst.project);
    if (project === null) return null;
    const at2 = (rel) => resolvePath(project, rel) ?? normalizePath2(`${project}/${rel}`);
    for (const group of inst.required) {
      const hit = group.map(at2).find((p) => written.has(p));
      if (!hit) return null;
      reads.add(hit);
    }
    for (const rel of [...inst.optional, ...inst.optionalDirs]) {
      const p = at2(rel);
      if (!written.has(p)) reads.add(`?${p}`);
    }
    if (!context && inst.inspect) unknown.push(`what ${listText([...written.values()].filter((c) => inst.required.flat().some((r) => path5.posix.basename(r) === path5.posix.basename(c))))} declares (${inst.ecosystem === "pip" ? "local paths, -e, nested -r files" : "install scripts, local-path dependencies, workspaces"})`);
    const seen = !context ? {} : inst.inspect?.((rel) => {
      const c = written.get(at2(rel));
      return c === void 0 ? null : context.read(c);
    }) ?? {};
    if (seen.problem) return { skip: seen.problem, line: run.line };
    for (const extra of seen.extra ?? []) {
      if (!written.has(at2(extra))) return { skip: `${extra}, which the install at line ${run.line} reads, is not copied by the COPY at line ${manifest.line}`, line: run.line };
    }
    for (const out2 of inst.outputs) writes.push(at2(out2));
    for (const { dir } of inst.readsDirs ?? []) reads.add(`?${at2(dir)}`);
  }
  for (const step of steps.slice(0, prefix)) {
    if (step.sourced !== void 0) {
      const p = resolvePath(step.cwd, step.sourced);
      if (p === null || p.includes("\0")) return { skip: `\`${shortText(doc, step.statement)}\` sources a script we cannot locate`, line: run.line };
      reads.add(p);
    }
    if (step.unresolved !== void 0) return { skip: `\`${shortText(doc, step.statement)}\` has a redirect to a file we cannot name (\`${step.unresolved}\`)`, line: run.line };
    for (const w of step.writes ?? []) {
      const p = resolvePath(step.cwd, w);
      if (p === null || p.includes("\0")) return { skip: `\`${shortText(doc, step.statement)}\` writes to a path we cannot resolve`, line: run.line };
      writes.push(p);
    }
  }
  const manifestChown = flagText(doc, manifest);
  const passed = [];
  let why = null;
  for (let j = index - 1; j >= 0; j--) {
    const prev = stage.instructions[j];
    if (prev.keyword !== "COPY" || prev.flags.some((f) => !["chown", "chmod", "link"].includes(f.name)) || prev.heredoc) break;
    const w = copyWrite(prev, state.workdir.includes("\0") ? null : state.workdir, state.vars, isFile);
    if ("error" in w || w.problem) break;
    const region = w.region;
    const clash = [...written.keys()].find((p) => isWithin(p, region) || isWithin(region, p)) ?? [...reads].map((r) => r.replace(/^\?/, "")).find((p) => isWithin(p, region) || isWithin(region, p)) ?? writes.find((p) => isWithin(p, region) || isWithin(region, p)) ?? INSTALL_AREAS.find((a) => isWithin(region, a) || isWithin(a, region));
    if (clash) {
      why = `the COPY at line ${prev.line} writes ${region}, which holds or lies inside ${clash}`;
      break;
    }
    if (flagText(doc, prev) !== manifestChown) {
      why = `the COPY at line ${prev.line} has other --chown/--chmod flags than the COPY at line ${manifest.line}, so the directories they both create could get another owner`;
      break;
    }
    passed.unshift({ ins: prev, region, singleFile: w.singleFile });
  }
  while (passed.length && passed[0].singleFile) passed.shift();
  if (passed.length === 0) return why ? { skip: `the manifest COPY at line ${manifest.line} stays after the sources: ${why}`, line: manifest.line } : null;
  const rest = steps.slice(prefix);
  const edits = [];
  const first = passed[0].ins;
  const at = doc.offsetOfLine(commentStart(doc, first));
  const lineEnd2 = (end) => doc.text.startsWith("\r\n", end) ? end + 2 : doc.text[end] === "\n" || doc.text[end] === "\r" ? end + 1 : end;
  const blockStart = doc.offsetOfLine(commentStart(doc, manifest));
  if (rest.length === 0) {
    edits.push({ start: at, end: at, text: doc.text.slice(blockStart, lineEnd2(run.end)) });
    edits.push({ start: blockStart, end: lineEnd2(run.end), text: "" });
  } else {
    if (rest.some((s) => s.statement.before !== "&&")) return { skip: `the RUN at line ${run.line} joins its commands with ; or || after the install, so it cannot be split into two RUNs`, line: run.line };
    if (run.shell.script.background || run.shell.script.nodeTypes.has("comment")) return { skip: `the RUN at line ${run.line} starts a background process or has a shell comment`, line: run.line };
    const cut = steps[prefix - 1].statement.end;
    const runKw = doc.text.slice(run.start, run.start + 3);
    const runFlags = run.flags.map((f) => doc.text.slice(f.start, f.end)).join(" ");
    const cds = carriedText(doc, steps, prefix);
    edits.push({ start: at, end: at, text: `${doc.text.slice(blockStart, cut)}${doc.eol}` });
    edits.push({ start: blockStart, end: rest[0].statement.start, text: `${runKw} ${runFlags ? `${runFlags} ` : ""}${cds}` });
  }
  const installText = installs.map((s) => `\`${shortText(doc, s.statement)}\``).join(", ");
  const lines = passed.map((p) => p.ins.line);
  const tag = installs[0].install.ecosystem;
  const names = [...written.values()];
  let reason = `A source edit no longer re-runs ${installText}: its layer is rebuilt only when ${listText(names)} change${names.length === 1 ? "s" : ""}. The COPY of ${listText(names)} and the install move above the COPY${lines.length > 1 ? "s" : ""} at line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}, and commute with ${lines.length > 1 ? "them" : "it"}: the manifest COPY writes ${listText([...written.keys()])}, which ${lines.length > 1 ? "they do" : "it does"} not write (${listText(passed.map((p) => p.region))}), with the same flags; the install reads only its manifests and writes ${writes.length ? `${listText([...new Set(writes)])} and ` : ""}outside the copied trees (site-packages, caches), so the image is the same.`;
  if (rest.length) reason += ` The build commands after the install stay after the sources, in a RUN of their own${activates(steps, prefix)}.`;
  if (!context) reason = `Unsafe: no build context to check ${listText(unknown.length ? unknown : ["that the copied sources are directories"])}, or which of the source COPYs' names are files. ${reason}`;
  return {
    change: {
      message: `copy ${listText(names)} and install ${tag} dependencies before the sources (line${lines.length > 1 ? "s" : ""} ${lines.join(", ")})`,
      reason,
      safety: context ? "safe" : "unsafe",
      edits,
      tag
    },
    covered: [...passed.map((p) => p.ins), manifest]
  };
}
function instructionsBetween(stage, a, b) {
  return stage.instructions.filter((i) => i.start > a.start && i.start < b.start);
}
function flagText(doc, ins) {
  return ins.flags.filter((f) => f.name === "chown" || f.name === "chmod").map((f) => doc.text.slice(f.start, f.end)).sort().join(" ");
}
var GO_BUILD = /* @__PURE__ */ new Set(["build", "install", "test", "vet", "run"]);
function planGoDownload(ctx, stage, copy, step, state, workdirs, run, between) {
  const { doc, context } = ctx;
  const cmd = step.statement;
  const text = doc.text.slice(cmd.start, cmd.end);
  const m = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*go\s+(\S+)/.exec(text.replace(/\s*[\\`]\r?\n\s*/g, " "));
  if (!m || !GO_BUILD.has(m[1])) return null;
  if (/-mod(file)?[= ]|(^|\s)-C[= ]|\bGOFLAGS=|\bGOWORK=|\bGOPROXY=off\b/.test(text) || state.vars.has("GOFLAGS") || state.vars.has("GOWORK")) return null;
  if (state.vars.get("GO111MODULE") === "off" || /\bGO111MODULE=off\b/.test(text)) return null;
  if (stage.instructions.some((i) => i.keyword === "RUN" && /\b(dep\s+ensure|glide\s+install|govendor|godep)\b/.test(i.text))) return null;
  if (stage.instructions.some((i) => i.start < cmd.start && i.keyword === "RUN" && /\bgo\s+mod\s+download\b/.test(i.text))) return null;
  if (workdirs.length || step.cwd !== copy.dest || state.workdir !== copy.dest) return null;
  const dir = copy.ctxDir;
  const rel = (name) => dir ? `${dir}/${name}` : name;
  const line = copy.ins.line;
  const skip = (reason2) => ({ skip: reason2, line });
  const setting = between.flatMap((i) => i.keyword === "ENV" || i.keyword === "ARG" ? readAssignments(i).map((a) => ({ ins: i, name: a.name })) : []).find((a) => affectsGoDownload(a.name));
  if (setting) return skip(`the ${setting.ins.keyword} ${setting.name} at line ${setting.ins.line}, between the source COPY and \`${shortText(doc, cmd)}\`, may change how modules are fetched, and a download step before the COPY would run without it`);
  const betweenRun = between.find((i) => i.keyword === "RUN");
  if (betweenRun) return skip(`the RUN at line ${betweenRun.line}, between the source COPY and \`${shortText(doc, cmd)}\`, may set up what fetching modules needs (git, certificates, credentials), and a download step before the COPY would run without it`);
  const setupCmd = (run.shell?.script?.commands ?? []).find((c) => c.end <= cmd.start && c.words.length > 0 && !harmlessBeforeGo(c));
  if (setupCmd) return skip(`\`${shortText(doc, setupCmd)}\` runs before \`${shortText(doc, cmd)}\` in the RUN at line ${run.line} and may set up what fetching modules needs (git, certificates, credentials), and a download step before the COPY would run without it`);
  const buildCmd = run.shell?.script?.commands.find((c) => c.start === cmd.start);
  const inline = buildCmd ? [...invocation(buildCmd)?.env.keys() ?? []].find(affectsGoDownload) : void 0;
  if (inline) return skip(`\`${shortText(doc, cmd)}\` sets ${inline} for itself, which may change how modules are fetched`);
  const mounts = [];
  for (const f of run.flags) {
    const text2 = doc.text.slice(f.start, f.end);
    if (f.name === "mount") {
      const type = /(?:^|,)type=([a-z]+)/.exec(f.value ?? "")?.[1] ?? "bind";
      if (!["ssh", "secret", "cache", "tmpfs"].includes(type)) return skip(`the RUN at line ${run.line} has a ${type} mount (${text2}), which a download step placed before the source COPY cannot mirror`);
      mounts.push(text2);
    } else if (f.name === "network") {
      if ((f.value ?? "") === "none") return skip(`the RUN at line ${run.line} builds with --network=none: it fetches no module, and a download step would`);
      mounts.push(text2);
    } else return skip(`the RUN at line ${run.line} has --${f.name}, which the download step would need to mirror`);
  }
  if (!context) return goWithoutContext(doc, copy, cmd, rel, mounts);
  if (!context.has(rel("go.mod"))) return null;
  if (context.has(rel("vendor/modules.txt"))) return skip("the project vendors its modules (vendor/modules.txt): go build reads them from the sources, there is nothing to download first");
  if (context.has(rel("go.work"))) return skip("the project has a go.work workspace, whose modules the download needs");
  const mod = context.read(rel("go.mod")) ?? "";
  for (const r of mod.matchAll(/=>\s*(\S+)/g)) {
    if (/^(\.|\/)/.test(r[1])) return skip(`go.mod replaces a module with the local directory ${r[1]}, which the download reads from the sources`);
  }
  const requires = /^\s*require\b/m.test(mod);
  const hasSum = context.has(rel("go.sum"));
  if (requires && !hasSum) return skip("go.mod requires modules but the context has no go.sum: the build fails or resolves them itself, so no download step is added");
  const files = hasSum ? ["go.mod", "go.sum"] : ["go.mod"];
  const flags = copy.flagsText ? `${copy.flagsText} ` : "";
  const kw = doc.text.slice(copy.ins.start, copy.ins.start + 4);
  const dest = copy.destText.endsWith("/") ? copy.destText : `${copy.destText}/`;
  const runKw = "RUN";
  const edit = insertBefore(doc, copy.ins, [`${kw} ${flags}${files.map(rel).join(" ")} ${dest}`, `${runKw} ${mounts.map((m2) => `${m2} `).join("")}go mod download`]);
  const shipped = stage.index === doc.stages.length - 1 || doc.stages.some((s) => s.index > stage.index && s.image.toLowerCase() === stage.name);
  const safety = !requires || !shipped ? "safe" : "unsafe";
  let reason = `A source edit no longer re-downloads the Go modules: \`go mod download\` runs from ${listText(files)} alone, before the sources, so its layer stays cached until they change, and \`${shortText(doc, cmd)}\` finds the modules already in the module cache.`;
  reason += requires ? ` It fetches the modules of go.mod's graph into the module cache (outside ${displayPath(copy.dest)}), where the build would fetch them.` : " go.mod requires no module, so the download fetches nothing and the image is the same; the step keeps the cache layer ready for the first dependency.";
  if (mounts.length) reason += ` The download RUN has the build RUN's flags (${mounts.join(" ")}), so it fetches with the same credentials into the same module cache.`;
  reason += ` The source COPY (line ${line}) copies ${listText(files)} again with the same content.`;
  if (safety === "unsafe") reason = `Unsafe: this stage is shipped, and its module cache may also hold modules of go.mod's graph that the build does not compile. ${reason}`;
  return {
    change: {
      message: `copy ${listText(files)} and download Go modules before copying the sources (line ${line})`,
      reason,
      safety,
      edits: [edit],
      tag: "go"
    }
  };
}
var HARMLESS_BEFORE_GO = /* @__PURE__ */ new Set(["cd", "pushd", "popd", "set", "echo", "printf", "true", ":", "ls", "pwd", "test", "[", "whoami", "id", "uname", "date", "cat"]);
function harmlessBeforeGo(c) {
  const inv = invocation(c);
  if (!inv || inv.env.size > 0) return false;
  if (inv.name === "go") return inv.args[0]?.value === "version";
  return HARMLESS_BEFORE_GO.has(inv.name);
}
function affectsGoDownload(name) {
  if (/^(GOOS|GOARCH|GOARM|GOAMD64|GO386|GOARM64|GOMIPS\w*|GOPPC64|GORISCV64|GOWASM|GOEXPERIMENT|GOBIN|GOCACHE|GOGC|GOMAXPROCS|CGO_\w+)$/.test(name)) return false;
  return /^(GO\w*|HOME|PATH|XDG_\w+|NETRC|GIT_\w+|SSH_\w+|(HTTPS?|NO|ALL|FTP)_PROXY|SSL_CERT_\w+)$/i.test(name);
}
function goWithoutContext(doc, copy, cmd, rel, mounts) {
  const flags = copy.flagsText ? `${copy.flagsText} ` : "";
  const kw = doc.text.slice(copy.ins.start, copy.ins.start + 4);
  const dest = copy.destText.endsWith("/") ? copy.destText : `${copy.destText}/`;
  const edit = insertBefore(doc, copy.ins, [`${kw} ${flags}${rel("go.mod")} ${rel("go.sum")}* ${dest}`, `RUN ${mounts.map((m) => `${m} `).join("")}go mod download`]);
  return {
    change: {
      message: `copy go.mod and go.sum and download Go modules before copying the sources (line ${copy.ins.line})`,
      reason: `Unsafe: no build context to check that go.mod exists (a GOPATH-mode project has none, and the COPY would fail), that the project does not vendor its modules (vendor/modules.txt) or replace one with a local directory, and which modules go.mod requires (the module cache may then also hold modules of its graph that \`${shortText(doc, cmd)}\` does not compile); go.sum is copied with a * so a missing one does not fail the build. A source edit no longer re-downloads the Go modules: \`go mod download\` runs from go.mod and go.sum alone, before the sources, so its layer stays cached until they change.`,
      safety: "unsafe",
      edits: [edit],
      tag: "go"
    }
  };
}

// transforms/copy-chown.ts
import fs4 from "node:fs";
import path6 from "node:path";
var copyChown = {
  id: "copy-chown",
  description: "set ownership and modes with COPY --chown/--chmod instead of a chown/chmod layer",
  defaultEnabled: true,
  priority: 20,
  run(ctx) {
    const changes = [];
    const skipped = [];
    for (const stage of ctx.doc.stages) {
      if (!stage.posixShell) continue;
      let walk = null;
      const proposed = [];
      for (const ins of stage.instructions) {
        if (ins.keyword !== "RUN" || !ins.shell?.script || ins.shell.opaqueReason) continue;
        const script = ins.shell.script;
        for (const statement2 of script.statements) {
          const cmd = script.commands.find((c) => c.start === statement2.start && (c.end === statement2.end || statement2.type === "redirected_statement" && c.topLevelShell && script.commands.every((o) => o === c || o.start >= statement2.end || o.end <= statement2.start)));
          if (!cmd) continue;
          const inv = invocation(cmd);
          if (!inv || inv.name !== "chown" && inv.name !== "chmod") continue;
          walk ??= walkStage2(ctx, stage);
          const result = analyse(ctx, stage, walk, ins, statement2, cmd, inv.name);
          if (!result) continue;
          if ("skip" in result) skipped.push({ line: result.line, reason: result.skip, offset: result.offset });
          else proposed.push({ tool: inv.name, change: result.change, ins, line: ctx.doc.lineOf(cmd.start), offset: cmd.start });
        }
      }
      for (const p of proposed) {
        const other = p.change.safety === "safe" && !ctx.unsafe ? proposed.find((o) => o.tool !== p.tool && o.change.safety !== "safe" && sameCopies(stage, p.change, o.change)) : void 0;
        if (!other) {
          changes.push(p.change);
          continue;
        }
        const flag = other.tool === "chmod" ? "COPY --chmod" : "COPY --chown";
        const where = other.ins === p.ins ? "in the same RUN" : `at line ${other.line}`;
        skipped.push({
          line: p.line,
          offset: p.offset,
          reason: `${p.tool} at line ${p.line} kept: the ${other.tool} -R ${where} writes the same copied files again in a new layer, so --${p.tool} on the COPY alone would save nothing; moving that ${other.tool} to ${flag} is an unsafe change: with --unsafe both move`
        });
      }
    }
    return { changes, skipped };
  }
};
function sameCopies(stage, a, b) {
  return stage.instructions.some(
    (ins) => (ins.keyword === "COPY" || ins.keyword === "ADD") && a.edits.some((e) => e.start >= ins.start && e.end <= ins.end) && b.edits.some((e) => e.start >= ins.start && e.end <= ins.end)
  );
}
function globalArgs(doc) {
  const out2 = /* @__PURE__ */ new Map();
  for (const ins of doc.instructions) {
    if (ins.keyword === "FROM") break;
    if (ins.keyword === "ARG") for (const a of readAssignments(ins)) out2.set(a.name, a.value);
  }
  return out2;
}
function parentStages(doc, stage) {
  const out2 = [];
  let cur = stage;
  while (cur) {
    const parent = parentStage(doc, cur);
    if (!parent || out2.includes(parent)) break;
    out2.push(parent);
    cur = parent;
  }
  return out2;
}
function walkStage2(ctx, stage) {
  const { doc } = ctx;
  const globals = globalArgs(doc);
  const parents = parentStages(doc, stage);
  let workdir = parents.length ? null : "/";
  let nonRoot = false;
  const vars = /* @__PURE__ */ new Map();
  const defs = /* @__PURE__ */ new Map();
  const chain = [...parents].reverse();
  if (parents.length) {
    const root = chain[0];
    workdir = imageWorkdir(resolveImage(root.image, globals));
    for (const p of chain) {
      for (const ins of p.instructions) {
        if (ins.keyword === "WORKDIR" && ins.args[0]) workdir = resolvePath(workdir, expand(ins.args[0].value, vars) ?? "\0") ?? null;
        if (ins.keyword === "ENV") for (const a of readAssignments(ins)) {
          vars.set(a.name, a.value === null ? null : expand(a.value, vars));
          defs.set(a.name, -1);
        }
        if (ins.keyword === "USER") nonRoot = !isRootUser(ins.args[0]?.value ?? "");
      }
    }
  } else {
    workdir = imageWorkdir(resolveImage(stage.image, globals));
  }
  const states = /* @__PURE__ */ new Map();
  const homes = /* @__PURE__ */ new Set();
  let seenVars = null;
  let seenDefs = null;
  for (const ins of stage.instructions) {
    let copy = null;
    if (ins.keyword === "COPY" || ins.keyword === "ADD") {
      copy = copyWrite(ins, workdir, vars, (src2) => contextIsFile(ctx, src2));
    }
    seenVars ??= new Map(vars);
    seenDefs ??= new Map(defs);
    states.set(ins, { workdir, vars: seenVars, defs: seenDefs, nonRoot, copy });
    if (ins.keyword === "ENV" || ins.keyword === "ARG") {
      seenVars = null;
      seenDefs = null;
    }
    switch (ins.keyword) {
      case "WORKDIR": {
        const v = ins.args[0] ? expand(ins.args[0].value, vars) : null;
        workdir = v === null ? null : resolvePath(workdir, v);
        if (workdir) addHome(homes, workdir);
        break;
      }
      case "ENV":
        for (const a of readAssignments(ins)) {
          vars.set(a.name, a.value === null ? null : expand(a.value, vars));
          defs.set(a.name, ins.index);
        }
        break;
      case "ARG":
        for (const a of readAssignments(ins)) {
          vars.set(a.name, a.value !== null ? expand(a.value, vars) : globals.get(a.name) ?? null);
          defs.set(a.name, ins.index);
        }
        break;
      case "USER":
        nonRoot = !isRootUser(ins.args[0]?.value ?? "");
        break;
      case "RUN":
        for (const c of ins.shell?.script?.commands ?? []) {
          const e = commandEffect(c, workdir, "/", vars);
          if (e.kind === "home") homes.add(e.path);
          if (e.kind === "dirs") for (const d of e.paths) addHome(homes, d);
        }
        break;
      default:
        break;
    }
  }
  const rootImage = (parents.length ? parents[parents.length - 1] : stage).image;
  return { states, homes, parents, image: resolveImage(rootImage, globals) };
}
function resolveImage(image, globals) {
  return image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n, d) => globals.get(n) ?? d ?? "$");
}
function addHome(homes, dir) {
  const m = /^\/home\/([^/]+)/.exec(dir);
  if (m && !["node", "ubuntu", "debian", "nonroot"].includes(m[1])) homes.add(`/home/${m[1]}`);
}
function expand(text, vars) {
  if (!text.includes("$")) return text;
  return expandWord({ text, value: null, start: 0, end: 0 }, vars);
}
function isRootUser(u) {
  return /^(root|0)(:(root|0))?$/.test(u);
}
function contextIsFile(ctx, src2) {
  const st = contextStat(ctx, src2);
  return st === null ? null : st.isFile;
}
function contextMode(ctx, src2) {
  const st = contextStat(ctx, src2);
  return st !== null && st.isFile ? st.mode & 4095 : null;
}
var stats = /* @__PURE__ */ new WeakMap();
function contextStat(ctx, src2) {
  if (!ctx.context || src2.includes("$")) return null;
  let known = stats.get(ctx.context);
  if (!known) stats.set(ctx.context, known = /* @__PURE__ */ new Map());
  let st = known.get(src2);
  if (st === void 0) {
    try {
      const s = fs4.statSync(path6.join(ctx.context.dir, src2));
      st = { isFile: s.isFile(), mode: s.mode };
    } catch {
      st = null;
    }
    known.set(src2, st);
  }
  return st;
}
function analyse(ctx, stage, walk, run, statement2, cmd, tool) {
  const { doc } = ctx;
  const state = walk.states.get(run);
  const inv = invocation(cmd);
  const parsed = tool === "chown" ? parseChown(inv.args) : parseChmod(inv.args);
  const copies = stage.instructions.filter((i) => i.index < run.index && (i.keyword === "COPY" || i.keyword === "ADD")).map((i) => ({ ins: i, write: walk.states.get(i).copy }));
  const script = run.shell.script;
  const position = script.statements.indexOf(statement2);
  let cwd = state.workdir;
  let cwdSure = true;
  for (const s of script.statements.slice(0, position)) {
    for (const c of script.commands.filter((x) => x.start >= s.start && x.end <= s.end && x.topLevelShell)) {
      const name = c.words[0]?.value;
      if (name === "cd" || name === "pushd" || name === "popd") {
        const top = c.start === s.start && c.end === s.end;
        const arg = c.words[1] ? expandWord(c.words[1], state.vars) : null;
        if (!top || name !== "cd" || arg === null || arg === "-" || c.words.length !== 2) {
          cwd = null;
          cwdSure = false;
        } else cwd = resolvePath(cwd, arg);
      }
    }
  }
  const rawPaths = "error" in parsed ? inv.args.slice(1) : parsed.paths;
  const resolved = rawPaths.map((w) => {
    const v = expandWord(w, state.vars);
    return v === null ? null : resolvePath(cwd, v);
  });
  const overlaps3 = (p) => copies.some(({ write }) => !("error" in write) && (isWithin(write.region, p) || isWithin(p, write.region)));
  if (copies.length === 0 || !resolved.some((p) => p === null || overlaps3(p))) return null;
  const cmdLine = doc.lineOf(cmd.start);
  const skip = (why) => ({ skip: `${tool} at line ${cmdLine} kept: ${why}`, line: cmdLine, offset: cmd.start });
  if ("error" in parsed) return resolved.some((p) => p !== null && overlaps3(p)) ? skip(parsed.error) : null;
  if (!parsed.recursive && (tool === "chown" || resolved.some((p) => p === null))) return null;
  if (!parsed.recursive && !resolved.every((p) => copies.some(({ write }) => !("error" in write) && write.singleFile && write.region === p))) return null;
  if (inv.wrappers.length || cmd.assignments.length || cmd.redirects.length) return skip("the command has a wrapper, assignment or redirect");
  const toFile = (statement2.redirects ?? []).find((r) => !discards(r));
  if (toFile) return skip(`its output goes to a file (\`${toFile.text}\`), which the image would no longer get`);
  if (state.nonRoot) return skip("it runs as a non-root USER");
  if (!cwdSure) return skip("a `cd` earlier in the RUN makes its working directory unknown");
  if (resolved.some((p) => p === null)) return skip("a path is relative to an unknown working directory or uses a variable with no known value");
  let owner = null;
  let mode = null;
  const specWord = "owner" in parsed ? parsed.owner : parsed.mode;
  const specText = specWord.value ?? (/^[^'`\\\s]+$/.test(specWord.text) && !specWord.text.includes("$(") ? specWord.text.replace(/"/g, "") : null);
  if (specText === null) return skip(`${tool} ${specWord.text}: the ${tool === "chown" ? "owner" : "mode"} is not a plain word`);
  if (tool === "chown") {
    const o = parseOwner(specText);
    if ("error" in o) return skip(o.error);
    owner = o;
    for (const name of varNames(specText)) {
      if (!state.defs.has(name)) return skip(`$${name} is not an ARG or ENV of the stage, so COPY --chown cannot expand it`);
      const assigned = script.commands.some((c) => c.start < statement2.start && c.assignments.some((a) => a.text.startsWith(`${name}=`)));
      if (assigned || script.commands.some((c) => c.start < statement2.start && ["export", "read", "local", "declare"].includes(c.words[0]?.value ?? "") && c.words.some((w) => (w.value ?? "").split("=")[0] === name))) {
        return skip(`$${name} is set inside the RUN`);
      }
    }
  } else {
    mode = octalMode(specText);
    if (mode === null && parsed.recursive) return skip(`chmod -R ${specText}: a symbolic mode depends on each file's mode, COPY --chmod sets one octal mode`);
  }
  const edits = [];
  const flagged = /* @__PURE__ */ new Map();
  const narrowed = [];
  const madeAt = /* @__PURE__ */ new Map();
  const kept = [];
  const notes = [];
  const homeRuns = /* @__PURE__ */ new Map();
  const movedRuns = /* @__PURE__ */ new Map();
  const findRuns = /* @__PURE__ */ new Map();
  let coverFrom = -1;
  let ownFind = false;
  const baseConditions = [];
  let moveWhy = "";
  const keptWords = [];
  let madeBy = null;
  const writtenAs = /* @__PURE__ */ new Map();
  for (let k = 0; k < resolved.length; k++) {
    const P = resolved[k];
    const word2 = rawPaths[k].text;
    writtenAs.set(P, word2);
    const target = { path: P, word: word2, copies: [] };
    let lastMoved = -1;
    let lastMovedIns = null;
    const movers = [];
    for (const c of copies) {
      const write = c.write;
      if ("error" in write) return skip(`the ${c.ins.keyword} at line ${c.ins.line} may write under ${P} (${write.error})`);
      if (isWithin(write.region, P)) {
        if (write.problem) return skip(write.problem);
        target.copies.push({ ins: c.ins, write });
      } else if (isWithin(P, write.region) && !write.singleFile) {
        return skip(`the ${c.ins.keyword} at line ${c.ins.line} copies into ${write.region}, which holds ${P}: ${tool === "chmod" ? "--chmod on it would also set the mode" : "--chown on it would also set the owner"} of what it writes outside ${P}`);
      }
    }
    if (target.copies.length === 0) {
      kept.push(P);
      keptWords.push(word2);
      continue;
    }
    const onlyFile = target.copies.every((c) => c.write.singleFile && c.write.region === P);
    if (!parsed.recursive && !onlyFile) return null;
    const base2 = !onlyFile && (isBasePath(P, walk.homes) || walk.parents.some((s) => s.instructions.some((i) => i.keyword !== "FROM" && i.text.includes(P))));
    const fromParent = !onlyFile && walk.parents.some((s) => s.instructions.some((i) => i.keyword !== "FROM" && i.text.includes(P)));
    const unknownBase = !onlyFile && !isGenericImage(walk.image);
    if (base2 || unknownBase) {
      const why = base2 ? `the base image may already hold files under ${P}, which only the recursive ${tool} would change` : `the base image ${walk.image} is not a known OS or language image and may already hold files under ${P}`;
      if (fromParent || tool !== "chown" || !applicationDir(P)) return skip(why);
      baseConditions.push({ path: P, why });
    }
    const dirs = target.copies.some((c) => c.write.region === P && !c.write.certainDir) ? [] : [P];
    const dirTags = dirs.map(() => -1);
    const tagDirs = (index) => {
      while (dirTags.length < dirs.length) dirTags.push(index);
    };
    for (const c of target.copies) {
      for (const d of dirsBetween(P, c.write.region)) if (!existsBefore(stage, walk, c.ins, d)) dirs.push(d);
      if (c.write.certainDir && !existsBefore(stage, walk, c.ins, c.write.region)) dirs.push(c.write.region);
      tagDirs(c.ins.index);
    }
    const firstCopy = Math.min(...target.copies.map((c) => c.ins.index));
    for (const ins of stage.instructions) {
      tagDirs(ins.index - 1);
      if (ins.index >= run.index) break;
      if (onlyFile && ins.index < firstCopy) continue;
      const st = walk.states.get(ins);
      if (ins.keyword === "WORKDIR") {
        const next = nextState(walk, stage, ins);
        if (next?.workdir && isWithin(next.workdir, P)) dirs.push(...dirsBetween(P, next.workdir), next.workdir);
        else if (next && next.workdir === null) return skip(`the WORKDIR at line ${ins.line} cannot be resolved`);
      }
      if (ins.keyword !== "RUN") continue;
      const effect = runEffect(ins, st, P, tool, dirs, (c, cwd2) => effectAt(ctx, stage, walk, ins, c, cwd2, P, st.vars), (home2) => {
        const list = homeRuns.get(ins) ?? [];
        list.push(home2);
        homeRuns.set(ins, list);
      });
      if (effect?.move) {
        if (tool !== "chown" || st.nonRoot || !appendToRun(doc, ins, "true")) return skip(effect.why);
        if (!existsBefore(stage, walk, ins, P)) return skip(`${effect.why}; ${P} may not exist yet when that RUN ends`);
        const removes = ins.shell.script.commands.some((c) => {
          const other = invocation(c);
          return !other || ["rm", "rmdir", "mv", "unlink"].includes(other.name) && other.args.some((w) => w.value === null || w.text.includes(P) || !w.text.startsWith("/"));
        });
        if (removes) return skip(`${effect.why}; that RUN also removes or moves paths that may be ${P}`);
        lastMovedIns = ins;
        movers.push(ins);
        lastMoved = Math.max(lastMoved, ins.index);
        moveWhy = effect.why;
      } else if (effect) return skip(effect.why);
    }
    tagDirs(run.index - 1);
    {
      const earlier = script.commands.filter((c) => c.end <= statement2.start);
      let cwd2 = state.workdir;
      let unknown = false;
      for (const c of earlier) {
        if (c.words[0]?.value === "cd" && c.words[1]) {
          const v = expandWord(c.words[1], state.vars);
          cwd2 = v === null ? null : resolvePath(cwd2, v);
          continue;
        }
        if (effectAt(ctx, stage, walk, run, c, cwd2, P, state.vars).kind === "unknown") unknown = true;
      }
      const lastMover = movers[movers.length - 1];
      if (unknown && tool === "chown" && owner && !varNames(specText).length && resolved.length === 1 && lastMover && target.copies.some((c) => c.ins.index > lastMover.index) && !script.commands.some((c) => c.start < statement2.start && invocation(c)?.name === "cd")) {
        ownFind = true;
        movers.push(run);
        lastMovedIns = run;
        lastMoved = run.index;
      }
    }
    if (lastMovedIns) {
      for (let i = dirs.length - 1; i >= 0; i--) if (dirTags[i] <= lastMoved) {
        dirs.splice(i, 1);
        dirTags.splice(i, 1);
      }
      let anchor = lastMovedIns;
      const between = target.copies.filter((c) => c.ins.index > movers[0].index && c.ins.index < lastMoved);
      if (tool === "chown" && between.length && owner && !varNames(specText).length) {
        const firstCopy2 = Math.min(...between.map((c) => c.ins.index));
        const earlier = movers.filter((m) => m.index < firstCopy2);
        anchor = earlier[earlier.length - 1];
        for (const m of movers) {
          if (m.index <= anchor.index || m === run) continue;
          const found = findRuns.get(m) ?? [];
          if (!found.includes(P)) found.push(P);
          findRuns.set(m, found);
        }
      }
      coverFrom = Math.max(coverFrom, anchor.index);
      const list = movedRuns.get(anchor) ?? [];
      if (!list.includes(P)) list.push(P);
      movedRuns.set(anchor, list);
      for (const [ins, homes] of homeRuns) {
        if (ins.index >= lastMoved) continue;
        const left = homes.filter((h) => !isWithin(h, P));
        if (left.length) homeRuns.set(ins, left);
        else homeRuns.delete(ins);
      }
      target.copies = target.copies.filter((c) => c.ins.index > anchor.index);
    }
    const before = script.commands.filter((c) => c.end <= statement2.start);
    let localCwd = state.workdir;
    for (const c of before) {
      if (c.words[0]?.value === "cd" && c.words[1]) {
        const v = expandWord(c.words[1], state.vars);
        localCwd = v === null ? null : resolvePath(localCwd, v);
        continue;
      }
      const e = effectAt(ctx, stage, walk, run, c, localCwd, P, state.vars);
      if (ownFind) continue;
      if (e.kind === "unknown") return skip(`${e.why} (earlier in the same RUN)`);
      if (e.kind === "home") return skip(`the home ${e.path} is created earlier in the same RUN`);
      if (e.kind === "dirs" || e.kind === "files") {
        dirs.push(...e.paths);
        for (const d of e.paths) if (!madeAt.has(d)) madeAt.set(d, run.line);
      }
    }
    const into = intoTree(redirectWrites(script, state.workdir, state.vars, statement2.start), P);
    if (into) return skip(`a redirect (${into}) earlier in the RUN may write under ${P}`);
    {
      const first = Math.min(...target.copies.map((c) => c.ins.index), ...lastMoved >= 0 ? [coverFrom] : []);
      const partial = owner !== null && (owner.user === null || owner.group === null) || tool === "chmod" && mode === null;
      const kinds = tool === "chown" ? ["chown", "chgrp"] : ["chmod"];
      for (const ins of stage.instructions) {
        if (ins.index <= first || ins.index > run.index || ins.keyword !== "RUN") continue;
        for (const c of ins.shell?.script?.commands ?? []) {
          if (ins === run && c.start >= statement2.start) break;
          const other = invocation(c);
          const touchesP = (w) => w.value === null || w.text.includes(P) || !w.text.startsWith("/") && walk.states.get(ins).workdir !== null && isWithin(resolvePath(walk.states.get(ins).workdir, w.value ?? "") ?? "/", P);
          const modeWord = other?.name === "chmod" ? other.args.find((w) => w.value === null || !w.value.startsWith("-") || /^-[rwxXst]+$/.test(w.value)) : void 0;
          const setsId = modeWord !== void 0 && (modeWord.value === null || (/^[ugoa]*[-+=][rwxXst]*s/.test(modeWord.value) || /[,][ugoa]*[-+=][rwxXst]*s/.test(modeWord.value) || /^[0-7]*[2-7][0-7]{3}$/.test(modeWord.value)));
          if (tool === "chown" && setsId && other.args.some((w) => w !== modeWord && touchesP(w))) {
            return skip(`the chmod at line ${doc.lineOf(c.start)} may set setuid/setgid bits under ${P}, which the recursive chown clears and COPY --chown would keep`);
          }
          if (other && kinds.includes(other.name) && other.args.some(touchesP)) {
            return skip(partial ? `the ${other.name} at line ${doc.lineOf(c.start)} changes ${P} first, and this ${tool} keeps part of what it set` : `the ${other.name} at line ${doc.lineOf(c.start)} changes paths under ${P} after they are written, and this recursive ${tool} overrides it (a flag on the COPY would not)`);
          }
        }
      }
    }
    if (owner) {
      const first = Math.min(...target.copies.map((c) => c.ins.index));
      const names = [owner.user, owner.group].filter((n) => n !== null && !isNumericId(n));
      for (const ins of stage.instructions) {
        if (ins.index <= first || ins.index > run.index || ins.keyword !== "RUN") continue;
        const written = writesAccounts(walk, ins, ins === run ? statement2.start : Infinity);
        if (written && names.length) {
          return skip(`a redirect (${written}) at line ${ins.line} may change the ids of ${[...new Set(names)].join(", ")} after the COPY at line ${doc.instructions[first].line}: COPY --chown resolves the names when the COPY runs, the chown when it runs`);
        }
        for (const c of ins.shell?.script?.commands ?? []) {
          if (ins === run && c.start >= statement2.start) break;
          const made = createdNames(c);
          if (made.length && (names.some((n) => made.includes(n)) || names.some((n) => n.includes("$")))) {
            return skip(`the user or group is created at line ${ins.line}, after the COPY at line ${doc.instructions[first].line}`);
          }
          if (changesAccount(c, names)) {
            return skip(`the ${invocation(c)?.name ?? "command"} at line ${doc.lineOf(c.start)} may change the ids of ${[...new Set(names)].join(", ")} after the COPY at line ${doc.instructions[first].line}: COPY --chown resolves the names when the COPY runs, the chown when it runs`);
          }
        }
      }
      for (const c of target.copies) {
        for (const name of varNames(owner.text)) {
          if (!walk.states.get(c.ins).vars.has(name) || walk.states.get(c.ins).defs.get(name) !== state.defs.get(name)) {
            return skip(`$${name} is not defined with the same value at the COPY at line ${c.ins.line}`);
          }
        }
        if (c.ins.flags.some((f) => f.name === "link") && names.length) return skip(`COPY --link at line ${c.ins.line} cannot resolve user names from the image`);
      }
    }
    if (owner) {
      const names = [owner.user, owner.group].filter((n) => n !== null && !isNumericId(n));
      for (const moved of [...movedRuns.keys(), ...findRuns.keys()]) {
        for (const ins of stage.instructions) {
          if (ins.index <= moved.index || ins.index > run.index || ins.keyword !== "RUN") continue;
          if (names.length && writesAccounts(walk, ins, ins === run ? statement2.start : Infinity)) {
            return skip(`a redirect at line ${ins.line} writes the user or group database after the RUN at line ${moved.line} the chown would move into`);
          }
          for (const c of ins.shell?.script?.commands ?? []) {
            if (ins === run && c.start >= statement2.start) break;
            const made = createdNames(c);
            if (made.length && (names.some((n) => made.includes(n)) || names.some((n) => n.includes("$")))) {
              return skip(`the user or group is created at line ${ins.line}, after the RUN at line ${moved.line} the chown would move into`);
            }
            if (changesAccount(c, names)) {
              return skip(`the ${invocation(c)?.name ?? "command"} at line ${doc.lineOf(c.start)} may change the ids of ${[...new Set(names)].join(", ")} after the RUN at line ${moved.line} the chown would move into`);
            }
          }
        }
      }
    }
    for (const c of target.copies) {
      if (flagged.has(c.ins)) continue;
      const flagText2 = tool === "chown" ? copyOwner(c.ins, owner) : copyMode(ctx, c.ins, mode, specText);
      if (typeof flagText2 !== "string") return skip(flagText2.error);
      flagged.set(c.ins, flagText2);
    }
    for (const d of dirs) if (isWithin(d, P) && !narrowed.includes(d)) narrowed.push(d);
    dirs.forEach((d, i) => {
      if (dirTags[i] >= 0 && !madeAt.has(d)) madeAt.set(d, doc.instructions[dirTags[i]].line);
    });
    const inside = dirs.map((d, i) => isWithin(d, P) ? dirTags[i] : -2);
    madeBy = dirTags.length === dirs.length && inside.every((t) => t !== void 0) ? Math.max(...inside) : null;
  }
  if (flagged.size === 0 && movedRuns.size === 0) return null;
  if (findRuns.size && (movedRuns.size !== 1 || homeRuns.size)) return skip("several trees or homes would need their chown moved into several RUNs");
  const flagName = tool;
  const edited = [];
  for (const [ins, value] of flagged) {
    const existing2 = ins.flags.find((f) => f.name === flagName);
    if (existing2?.value !== value) edited.push(ins);
    if (existing2) {
      if (existing2.value !== value) {
        edits.push(replaceFlag(ins, flagName, `--${flagName}=${value}`));
        notes.push(`the --${flagName}=${existing2.value} at line ${ins.line} is replaced, since the later ${tool} won`);
      }
    } else {
      edits.push(insertFlag(doc, ins, `--${flagName}=${value}`));
    }
  }
  const ownerWord = specWord.text;
  for (const ins of /* @__PURE__ */ new Set([...homeRuns.keys(), ...movedRuns.keys()])) {
    const at = walk.states.get(ins);
    const paths = [.../* @__PURE__ */ new Set([...homeRuns.get(ins) ?? [], ...movedRuns.get(ins) ?? []])];
    const words = paths.map((p) => {
      const w = writtenAs.get(p);
      return w?.includes("$") && /^["']?[$/]/.test(w) && (expand(w.replace(/"/g, ""), at.vars) ?? "").startsWith("/") ? w : shellQuote(p);
    });
    const missing = [specText, ...words].flatMap((w) => varNames(w)).find((name) => !at.defs.has(name) || at.defs.get(name) !== state.defs.get(name));
    if (missing) return skip(`$${missing} does not have its value yet at the RUN at line ${ins.line}, where the chown would move`);
    const edit = appendToRun(doc, ins, `chown -R ${ownerWord} ${words.join(" ")}`);
    if (!edit) return skip(`the RUN at line ${ins.line} would need a chown appended, which cannot be done soundly`);
    edits.push(edit);
  }
  const findText = (paths) => {
    const tests = [owner.user !== null ? `! -user ${shellQuote(owner.user)}` : null, owner.group !== null ? `! -group ${shellQuote(owner.group)}` : null].filter((t) => t !== null);
    const test = tests.length > 1 ? `\\( ${tests.join(" -o ")} \\)` : tests[0];
    return `find ${paths.map(shellQuote).join(" ")} ${test} -exec chown -h ${ownerWord} {} +`;
  };
  for (const [ins, paths] of findRuns) {
    const edit = appendToRun(doc, ins, findText(paths));
    if (!edit) return skip(`the RUN at line ${ins.line} would need a chown appended, which cannot be done soundly`);
    edits.push(edit);
  }
  const narrowedAll = [...narrowed];
  const movedWord = (p) => {
    const w = writtenAs.get(p);
    return w?.includes("$") && /^["']?[$/]/.test(w) && (expand(w.replace(/"/g, ""), state.vars) ?? "").startsWith("/") ? w : shellQuote(p);
  };
  const early = tool === "chown" && narrowed.length && !kept.length && resolved.length === 1 && madeBy !== null && madeBy >= 0 ? earlyPlace(doc, stage, walk, run, statement2, madeBy, owner, [specText, ...narrowed.map(movedWord)].join(" "), state, [...flagged.keys()], [...movedRuns.keys(), ...homeRuns.keys(), ...findRuns.keys()], narrowed) : null;
  if (early) {
    const text = `${inv.name} ${ownerWord} ${narrowed.map(movedWord).join(" ")}`;
    const e = early.keyword === "RUN" ? appendToRun(doc, early, text) : { start: doc.offsetOfLine(early.endLine + 1), end: doc.offsetOfLine(early.endLine + 1), text: `RUN ${text}${doc.eol}` };
    if (e) {
      edits.push(e);
      notes.push(`the non-recursive chown runs after line ${early.line}, where the last of these directories exists, so no chown follows the COPY${flagged.size > 1 ? "s" : ""}`);
      narrowed.length = 0;
    }
  }
  const parts = [];
  if (ownFind) {
    if (narrowed.length || kept.length || findRuns.size) return skip("the chown would need both a find form and other paths");
    edits.push({ start: cmd.start, end: cmd.end, text: findText(resolved) });
    notes.push(`the chown at line ${cmdLine} stays for what its own RUN creates, as \`find ... ! -user\`: everything else under the path is owned already`);
  }
  const asWritten = (p) => {
    const k = resolved.indexOf(p);
    return k >= 0 && /^[^'`\\\s;&|<>()]+$/.test(rawPaths[k].text) && !rawPaths[k].text.includes("$(") ? rawPaths[k].text : shellQuote(p);
  };
  const flagWords = [];
  for (const w of inv.args) {
    if (w.value === "--") break;
    if (w !== specWord && w.value !== null && w.value.startsWith("-") && w.value.length > 1 && !rawPaths.includes(w)) flagWords.push(w.value);
  }
  const nonRecursive = flagWords.map((f) => f === "--recursive" ? "" : f.startsWith("--") ? f : f.replace(/R/g, "")).filter((f) => f !== "" && f !== "-");
  const joinWords = (ws) => ws.map((w) => `${w} `).join("");
  if (narrowed.length) parts.push(`${inv.name} ${joinWords(nonRecursive)}${ownerWord} ${narrowed.map(asWritten).join(" ")}`);
  if (kept.length) parts.push(`${inv.name} ${joinWords(flagWords)}${ownerWord} ${keptWords.join(" ")}`);
  if (ownFind) {
  } else if (parts.length === 0) {
    const others = script.statements.filter((x) => x !== statement2);
    const onlyCd = others.every((x) => script.commands.some((c) => c.start === x.start && c.end === x.end && c.words[0]?.value === "cd" && c.redirects.length === 0));
    if (script.statements.length === 1 || onlyCd && others.every((x) => x.before === null || x.before === "&&") && (statement2.before === null || statement2.before === "&&")) edits.push(removeInstruction(doc, run));
    else {
      const e = removeStatement(doc, run, statement2);
      if (!e) return skip('removing it from a list joined by ";", "||" or newlines would change which commands run');
      edits.push(e);
    }
  } else {
    if (parts.length > 1 && script.statements.some((s) => s.before !== null && s.before !== "&&")) {
      return skip('it would become two commands in a list joined by ";", "||" or newlines');
    }
    if (parts.join(" && ") === doc.text.slice(cmd.start, cmd.end)) {
      const by = [...new Set(narrowed.map((d) => madeAt.get(d)).filter((l) => l !== void 0))];
      return skip(`${narrowed.join(", ")} ${by.length ? `is written again after the COPY (line${by.length > 1 ? "s" : ""} ${by.join(", ")})` : "is listed again"}, so the ${tool} would stay as it is and COPY --${tool} would gain nothing`);
    }
    edits.push({ start: cmd.start, end: cmd.end, text: parts.join(" && ") });
  }
  const lines = (list) => `line${list.length > 1 ? "s" : ""} ${list.map((i) => i.line).join(", ")}`;
  const command2 = `${tool}${parsed.recursive ? " -R" : ""} at line ${cmdLine}`;
  const movedLines = [...movedRuns.keys()].map((i) => i.line).join(", ");
  const message = edited.length ? `set the ${tool === "chown" ? "owner" : "mode"} with ${edited[0].keyword} --${tool} (${lines(edited)}) instead of ${command2}` : flagged.size && movedRuns.size && !narrowed.length && !kept.length ? `move ${command2} into the RUN${movedRuns.size > 1 ? "s" : ""} at line ${movedLines} that create${movedRuns.size > 1 ? "" : "s"} the files; the --${tool} of the COPY (${lines([...flagged.keys()])}) sets the rest` : flagged.size ? `${narrowed.length || kept.length ? "narrow" : "drop"} ${command2}: the --${tool} of the COPY (${lines([...flagged.keys()])}) already sets it` : `move ${command2} into the RUN${movedRuns.size > 1 ? "s" : ""} at line ${movedLines} that create${movedRuns.size > 1 ? "" : "s"} the files`;
  const what = tool === "chown" ? "owner" : "mode";
  const flagOn = [...new Set([...flagged.keys()].map((i) => i.keyword))].sort().reverse().join("/") || "COPY";
  let reason = flagged.size ? `${flagOn} --${tool} sets the ${what} as the files are written, so ${parsed.recursive ? `the recursive ${tool}` : `the ${tool}`} no longer writes every copied file a second time into a new layer (the image carried the copied ${parsed.recursive ? "tree" : "file"} twice).` : `The files under ${resolved.join(", ")} are owned right in the layer that creates them, so the separate ${tool} layer no longer holds a second copy of them.`;
  if (narrowed.length) {
    reason += ` A non-recursive ${tool} stays for ${narrowed.join(", ")}: a directory that exists before a COPY (the target, WORKDIR and mkdir directories) keeps its ${what} under ${flagOn} --${tool}, and the parent directories a COPY creates are listed too rather than depend on how the builder creates them; that layer holds only these entries, not the copied files.`;
  }
  if (flagged.size && [...flagged.keys()].some((i) => {
    const w = walk.states.get(i).copy;
    return w && !("error" in w) && !w.singleFile && !w.certainDir;
  })) {
    reason += ` A copied directory that did not exist before is created by the COPY with the flag's ${what}.`;
  }
  if (movedRuns.size) {
    const runs = [...movedRuns.keys()].map((i) => i.line);
    const why = moveWhy.charAt(0).toUpperCase() + moveWhy.slice(1);
    reason += runs.length > 1 ? ` The RUNs at lines ${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1]} create files under ${[...new Set([...movedRuns.values()].flat())].join(", ")} whose names are not known here (${moveWhy}): the recursive chown moves to the end of each, so those files are owned right in the layer that creates them; what earlier COPYs put there is still written twice, the COPYs after them no longer are.` : ` ${why}, and their names are not known here: the recursive chown moves to the end of that RUN, so those files are owned right in the layer that creates them; what earlier COPYs put there is still written twice, the COPYs after it no longer are.`;
  }
  if (findRuns.size) reason += ` The RUN${findRuns.size > 1 ? "s" : ""} at line ${[...findRuns.keys()].map((i) => i.line).join(", ")} also create${findRuns.size > 1 ? "" : "s"} files there after the COPY${flagged.size > 1 ? "s" : ""}; everything under the path is owned already at that point, so they chown only what is not (\`find ... ! -user\`), not the installed tree again.`;
  if (homeRuns.size) reason += ` The home created by ${[...homeRuns.keys()].map((i) => `line ${i.line}`).join(", ")} is chowned in that RUN, in the layer that creates it.`;
  if (kept.length) reason += ` ${kept.join(", ")} keep${kept.length === 1 ? "s" : ""} the recursive ${tool}: no COPY writes there.`;
  if (notes.length) reason += ` Note: ${notes.join("; ")}.`;
  if (tool === "chmod") reason += ` ${flagOn} --chmod needs BuildKit.`;
  if (baseConditions.length) {
    const paths = baseConditions.map((c) => c.path);
    reason = `Unsafe: only if the base image holds nothing under ${paths.join(", ")} that must change owner (${baseConditions.map((c) => c.why).join("; ")}). Everything this Dockerfile puts there comes from COPYs that now take the flag${movedRuns.size || homeRuns.size ? " or from RUNs that chown what they create" : ""}, and ${narrowedAll.length ? `${narrowedAll.join(", ")} keep${narrowedAll.length === 1 ? "s" : ""} a non-recursive chown` : "nothing else is written there"}; \`dockerfix verify --unsafe\` builds both and compares the files to prove it for this base. ${reason}`;
  }
  return {
    change: {
      message,
      reason,
      safety: tool === "chown" && !baseConditions.length ? "safe" : "unsafe",
      edits,
      tag: tool,
      // A move is told at the RUN it moves into (its first line), not at that RUN's last line, where the chown is
      // appended.
      ...message.startsWith("move ") ? { at: Math.min(...[...movedRuns.keys()].map((i) => i.start)) } : {}
    }
  };
}
function earlyPlace(doc, stage, walk, run, statement2, madeBy, owner, words, state, flaggedCopies, appendedRuns, dirs) {
  const at = stage.instructions.find((i) => i.index === madeBy);
  if (!at || at.index >= run.index || appendedRuns.includes(at)) return null;
  if (!flaggedCopies.some((c) => c.index > at.index)) return null;
  if (at.keyword !== "RUN" && at.keyword !== "COPY" && at.keyword !== "ADD" && at.keyword !== "WORKDIR") return null;
  const names = [owner.user, owner.group].filter((n) => n !== null && !isNumericId(n));
  const st = nextState(walk, stage, at);
  if (!st || st.nonRoot) return null;
  for (const name of varNames(words)) if (!st.defs.has(name) || st.defs.get(name) !== state.defs.get(name)) return null;
  for (const ins of stage.instructions) {
    if (ins.index <= at.index || ins.index > run.index) continue;
    if (ins.keyword === "USER" || ins.keyword === "VOLUME" || ins.keyword === "SHELL" || ins.keyword === "ONBUILD") return null;
    if (ins.keyword !== "RUN") continue;
    if (names.length && writesAccounts(walk, ins, ins === run ? statement2.start : Infinity)) return null;
    for (const c of ins.shell?.script?.commands ?? []) {
      if (ins === run && c.start >= statement2.start) break;
      const made = createdNames(c);
      if (made.length && names.some((n) => made.includes(n) || n.includes("$"))) return null;
      if (changesAccount(c, names)) return null;
      const other = invocation(c);
      if (!other) return null;
      if (["chown", "chgrp", "chmod", "rm", "rmdir", "mv", "setfacl", "chattr"].includes(other.name)) {
        const cwd = walk.states.get(ins).workdir;
        if (other.args.some((w) => w.value === null || dirs.some((d) => {
          const p = resolvePath(cwd, w.value);
          return p === null || isWithin(d, p) || isWithin(p, d);
        }))) return null;
      }
    }
  }
  return at;
}
function writesAccounts(walk, ins, until) {
  const script = ins.shell?.script;
  if (!script) return null;
  const st = walk.states.get(ins);
  const w = redirectWrites(script, st.workdir, st.vars, until).find((x) => x.path !== null && /^\/etc\/(passwd|group)$/.test(x.path));
  return w ? w.text.trim() : null;
}
function changesAccount(c, names) {
  if (names.length === 0) return false;
  const changed = changedAccounts(c);
  if (changed === null) return false;
  return changed === "any" || names.some((n) => n.includes("$") || changed.includes(n));
}
function existsBefore(stage, walk, at, P) {
  for (const ins of stage.instructions) {
    if (ins.index >= at.index) break;
    const st = walk.states.get(ins);
    if (ins.keyword === "WORKDIR") {
      const next = nextState(walk, stage, ins);
      if (next?.workdir && isWithin(next.workdir, P)) return true;
    }
    if ((ins.keyword === "COPY" || ins.keyword === "ADD") && st.copy && !("error" in st.copy) && isWithin(st.copy.region, P) && (st.copy.region !== P || st.copy.certainDir)) return true;
    if (ins.keyword === "RUN") {
      for (const c of ins.shell?.script?.commands ?? []) {
        const e = commandEffect(c, st.workdir, P, st.vars);
        if (e.kind === "dirs" && e.paths.some((d) => isWithin(d, P))) return true;
      }
    }
  }
  return false;
}
function nextState(walk, stage, ins) {
  const next = stage.instructions[stage.instructions.indexOf(ins) + 1];
  if (next) return walk.states.get(next);
  return void 0;
}
function effectAt(ctx, stage, walk, ins, c, cwd, P, vars) {
  const e = commandEffect(c, cwd, P, vars);
  if (e.kind !== "none") return e;
  const inv = invocation(c);
  if (!inv || !(inv.name === "pip" || inv.name === "pip3" || /^pip3\.\d+$/.test(inv.name))) return e;
  const cls = pipManifests.classify(inv);
  if (!cls || cls.kind !== "deps") return e;
  const files = cls.install.required.flat();
  const paths = files.map((f) => resolvePath(cwd, f));
  if (!(cwd !== null && isWithin(cwd, P)) && !paths.some((p) => p === null || isWithin(p, P))) return e;
  const named = files.join(", ");
  if (!ctx.context) return { kind: "unknown", why: `what ${named} installs is not known without the build context: a -e . or local path in it is built in place, writing *.egg-info or build/ there` };
  let unread = null;
  const read = (rel) => {
    const p = resolvePath(cwd, rel);
    const src2 = p === null ? null : contextSource(ctx, stage, walk, ins, p);
    const text = src2 === null ? null : ctx.context.read(src2);
    if (text === null) unread ??= rel;
    return text;
  };
  const seen = cls.install.inspect?.(read) ?? {};
  if (seen.problem) return { kind: "unknown", why: `${seen.problem}, which pip builds in place (*.egg-info, build/)` };
  if (unread !== null) return { kind: "unknown", why: `${unread}, read by pip, cannot be read from the build context, so whether it installs a local path (built in place) is not known` };
  return e;
}
function contextSource(ctx, stage, walk, ins, p) {
  const before = stage.instructions.filter((i) => i.index < ins.index && (i.keyword === "COPY" || i.keyword === "ADD"));
  for (let k = before.length - 1; k >= 0; k--) {
    const copy = before[k];
    const write = walk.states.get(copy).copy;
    if (!write || "error" in write || !isWithin(p, write.region)) continue;
    if (copy.flags.some((f) => f.name === "from") || copy.heredoc || copy.text.slice(copy.argsStart - copy.start, copy.argsEnd - copy.start).trim().startsWith("[")) return null;
    const sources = copy.args.slice(0, -1).map((a) => a.value);
    if (sources.some((src2) => src2.includes("$") || /[*?[]/.test(src2) || /^[a-z]+:\/\//i.test(src2))) return null;
    const rest = p === write.region ? "" : p.slice(write.region === "/" ? 1 : write.region.length + 1);
    for (let j = sources.length - 1; j >= 0; j--) {
      const src2 = path6.posix.normalize(sources[j]).replace(/^\/+|\/+$/g, "") || ".";
      const candidates = write.singleFile ? [src2] : [path6.posix.join(src2, rest), ...path6.posix.basename(src2) === rest ? [src2] : []];
      for (const cand of candidates) if (ctx.context.has(cand) && ctx.context.read(cand) !== null) return cand;
    }
    return null;
  }
  return null;
}
function intoTree(writes, P) {
  const w = writes.find((x) => x.path === null || isWithin(x.path, P));
  return w ? w.text.trim().replace(/\s+/g, " ") : null;
}
function runEffect(ins, st, P, tool, dirs, effectOf, home2) {
  const shell = ins.shell;
  if (!shell?.script || shell.opaqueReason) {
    const inside = st.workdir !== null && isWithin(st.workdir, P);
    if (inside || ins.text.includes(P)) return { why: `the RUN at line ${ins.line} may write under ${P} and cannot be read (${shell?.opaqueReason ?? "no shell"})`, move: false };
    return null;
  }
  const script = shell.script;
  let unknown = null;
  const into = intoTree(redirectWrites(script, st.workdir, st.vars), P);
  if (into) unknown = `a redirect (${into}) in the RUN at line ${ins.line} may write under ${P}`;
  let cwd = st.workdir;
  for (const c of script.commands) {
    if (c.words[0]?.value === "cd") {
      const v = c.words[1] ? expandWord(c.words[1], st.vars) : null;
      cwd = v === null || !c.topLevelShell ? null : resolvePath(cwd, v);
      continue;
    }
    const e = effectOf(c, cwd);
    if (e.kind === "unknown") unknown ??= `the RUN at line ${ins.line} may create files under ${P} that the ${tool} covered (${e.why})`;
    if (e.kind === "dirs" || e.kind === "files") dirs.push(...e.paths);
    if (e.kind === "home") {
      if (!isWithin(e.path, P)) continue;
      if (tool === "chmod") return { why: `the home ${e.path} created at line ${ins.line} holds files the chmod covered`, move: false };
      home2(e.path);
      dirs.push(...dirsBetween(P, e.path));
    }
  }
  return unknown ? { why: unknown, move: true } : null;
}
function copyOwner(ins, owner) {
  if (owner.user !== null && owner.group !== null) return `${owner.user}:${owner.group}`;
  const existing2 = ins.flags.find((f) => f.name === "chown")?.value ?? null;
  if (existing2 === null && ins.flags.some((f) => f.name === "from")) {
    return { error: `the ${ins.keyword} --from at line ${ins.line} keeps the ${owner.user !== null ? "group" : "owner"} its files had in the source stage or image, which this chown keeps too but COPY --chown would have to name` };
  }
  let user = "0";
  let group = "0";
  if (existing2 !== null) {
    const colon = existing2.indexOf(":");
    if (colon < 0) return { error: `the COPY at line ${ins.line} has --chown=${existing2} without a group, so the group its files had is not known` };
    user = existing2.slice(0, colon);
    group = existing2.slice(colon + 1);
  }
  return owner.user !== null ? `${owner.user}:${group}` : `${user}:${owner.group}`;
}
function copyMode(ctx, ins, mode, spec) {
  if (mode !== null) return mode;
  const src2 = ins.args.length === 2 && !ins.flags.some((f) => f.name === "from") ? ins.args[0].value : null;
  const existing2 = ins.flags.find((f) => f.name === "chmod")?.value ?? null;
  const before = existing2 !== null && /^0?[0-7]{3}$/.test(existing2) ? parseInt(existing2, 8) : src2 !== null ? contextMode(ctx, src2) : null;
  if (before === null) return { error: `chmod ${spec} is symbolic: the resulting mode depends on the file's mode in the build context, which is not known here` };
  const after = applySymbolic(before, spec);
  if (after === null) return { error: `chmod ${spec} is not a mode this pass can compute` };
  return after.toString(8).padStart(3, "0");
}
function applySymbolic(mode, spec) {
  let m = mode;
  for (const clause of spec.split(",")) {
    const c = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!c) return null;
    const who = c[1] === "" ? "a" : c[1];
    let bits = 0;
    for (const p of c[3]) bits |= p === "r" ? 4 : p === "w" ? 2 : p === "x" || (m & 73) !== 0 ? 1 : 0;
    let mask = 0;
    if (who.includes("u") || who.includes("a")) mask |= bits << 6;
    if (who.includes("g") || who.includes("a")) mask |= bits << 3;
    if (who.includes("o") || who.includes("a")) mask |= bits;
    if (c[1] === "") mask &= ~18;
    if (c[2] === "+") m |= mask;
    else if (c[2] === "-") m &= ~mask;
    else {
      let clear = 0;
      if (who.includes("u") || who.includes("a")) clear |= 448;
      if (who.includes("g") || who.includes("a")) clear |= 56;
      if (who.includes("o") || who.includes("a")) clear |= 7;
      m = m & ~clear | mask;
    }
  }
  return m & 4095;
}
function shellQuote(p) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function applicationDir(p) {
  const segs = p.split("/").filter(Boolean);
  if (segs.length === 0) return false;
  if (segs[0] === "home") return segs.length >= 2;
  if (segs[0] === "var") return segs[1] === "www" && segs.length >= 2;
  return ["srv", "opt", "app", "data", "workspace", "code"].includes(segs[0]) && (segs.length >= 2 || segs[0] !== "opt");
}
function discards(r) {
  const t = r.target;
  if (t === null) return false;
  if (t.value === "/dev/null") return true;
  const op = r.text.slice(0, t.start - r.start).trim();
  return op.endsWith("&") && t.value !== null && /^(\d+|-)$/.test(t.value);
}

// src/multistage.ts
var DEBIAN_CODENAMES = ["bookworm", "bullseye", "buster", "trixie", "stretch"];
function splitRef(image) {
  const digest = /@sha256:/.test(image);
  let ref = image.replace(/@sha256:[0-9a-f]+$/i, "");
  let tag = null;
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/")) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  const m = /^((?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(library\/)?(.*)$/.exec(ref);
  return { registry: (m[1] ?? "") + (m[2] ?? ""), name: m[3], tag, digest };
}
var BUILDPACK_DEPS = "buildpack-deps (compilers, headers, git, curl, wget, procps, and the shared libraries of its -dev packages, such as libpq, libmysqlclient, libxml2 and ImageMagick, which a native extension compiled in the build stage may link against)";
var TOOLCHAIN_BUILDPACK_DEPS = "compilers, headers, git, curl, wget, procps, and the shared libraries of its -dev packages, such as libssl, libpq, libsqlite3 and libxml2, which the program compiled in the build stage may link against";
var GOLANG_BASE = (codename) => `what buildpack-deps:${codename}-scm has (git, curl, wget, ssh, procps, and the shared libraries they bring, such as libssl and libcurl, which a cgo build may link against)`;
function runtimeBase(image) {
  const { registry, name, tag, digest } = splitRef(image);
  if (digest || /\$/.test(image)) return null;
  const t = tag ?? "latest";
  if (/(^|-)(slim|alpine|windowsservercore|nanoserver)/.test(t) || /-(slim|alpine)/.test(t)) return null;
  const codename = DEBIAN_CODENAMES.find((c) => t === c || t.endsWith(`-${c}`)) ?? null;
  const at = (n, newTag) => `${registry}${n}:${newTag}`;
  switch (name) {
    case "node": {
      const newTag = t === "latest" ? "slim" : `${t}-slim`;
      return { image: at("node", newTag), why: `${newTag} has the same Node.js and npm without ${BUILDPACK_DEPS}`, familyChange: false };
    }
    case "python":
    case "ruby": {
      let newTag;
      if (t === "latest") newTag = "slim";
      else if (codename && t !== codename) newTag = `${t.slice(0, -codename.length - 1)}-slim-${codename}`;
      else if (codename) newTag = `slim-${codename}`;
      else newTag = `${t}-slim`;
      const what = name === "python" ? "Python and pip" : "Ruby and Bundler";
      return { image: at(name, newTag), why: `${newTag} has the same ${what} without ${BUILDPACK_DEPS}`, familyChange: false };
    }
    case "golang":
    case "rust":
    case "buildpack-deps": {
      if (!codename) return null;
      const toolchain = name === "golang" ? "go" : name === "rust" ? "cargo" : void 0;
      const lost = name === "buildpack-deps" ? `buildpack-deps' ${TOOLCHAIN_BUILDPACK_DEPS}` : name === "golang" ? `the golang toolchain and without ${GOLANG_BASE(codename)}` : `the rust toolchain and without buildpack-deps' ${TOOLCHAIN_BUILDPACK_DEPS} (openssl-sys, behind reqwest's default TLS, links libssl)`;
      return {
        image: `debian:${codename}-slim`,
        why: `the program is compiled in the build stage; debian:${codename}-slim is the same Debian release without ${lost}`,
        familyChange: true,
        toolchain,
        path: name === "golang" ? ["/go/bin"] : name === "rust" ? ["/usr/local/cargo/bin"] : [],
        env: name === "golang" ? ["GOPATH", "GOLANG_VERSION", "GOTOOLCHAIN"] : name === "rust" ? ["CARGO_HOME", "RUSTUP_HOME", "RUST_VERSION"] : []
      };
    }
    default:
      return null;
  }
}
var BUILD_ONLY = /* @__PURE__ */ new Set([
  "build-essential",
  "gcc",
  "g++",
  "cpp",
  "make",
  "cmake",
  "ninja-build",
  "autoconf",
  "automake",
  "libtool",
  "pkg-config",
  "pkgconf",
  "bison",
  "flex",
  "gfortran",
  "clang",
  "llvm",
  "dpkg-dev",
  "golang",
  "golang-go",
  "rustc",
  "cargo",
  "nasm",
  "yasm",
  "swig",
  "python3-dev",
  "python-dev",
  "python-dev-is-python3",
  "libpython3-dev",
  "libc6-dev",
  "libc-dev",
  "linux-libc-dev",
  // Alpine
  "build-base",
  "musl-dev",
  "alpine-sdk",
  "linux-headers",
  "go",
  "rust"
]);
function isBuildOnlyPackage(pkg) {
  const plain = !pkg.includes("=") && !pkg.includes(":") && !pkg.includes("/");
  const name = (plain ? pkg : pkg.replace(/[=:].*$/, "").replace(/^(.*?)(\/.*)?$/, "$1")).toLowerCase();
  if (BUILD_ONLY.has(name)) return true;
  if (/^(gcc|g\+\+|cpp|clang|llvm|gfortran)-\d+$/.test(name)) return true;
  if (/^golang-\d+(\.\d+)?(-go)?$/.test(name)) return true;
  if (/^python3\.\d+-dev$/.test(name) || /^libpython3\.\d+-dev$/.test(name)) return true;
  return false;
}
var APK_COMPILER_LIBS = {
  "g++": ["libstdc++"],
  "build-base": ["libstdc++"],
  "alpine-sdk": ["libstdc++"],
  clang: ["libstdc++"],
  gfortran: ["libgfortran"]
};
function compilerLibraries(dropped, runtimeImage) {
  const has = /^(docker\.io\/)?(library\/)?node:/.test(runtimeImage) ? /* @__PURE__ */ new Set(["libstdc++"]) : /* @__PURE__ */ new Set();
  const libs = /* @__PURE__ */ new Set();
  for (const d of dropped) for (const l of APK_COMPILER_LIBS[packageName(d)] ?? []) if (!has.has(l)) libs.add(l);
  return ["libstdc++", "libgfortran"].filter((l) => libs.has(l));
}
function packageName(arg) {
  return arg.replace(/[=:<>~].*$/, "").replace(/\/.*$/, "").toLowerCase();
}
var FULL_IMAGE_ONLY = {
  curl: "curl",
  wget: "wget",
  git: "git",
  ssh: "openssh-client",
  scp: "openssh-client",
  sftp: "openssh-client",
  hg: "mercurial",
  svn: "subversion",
  gpg: "gnupg",
  ps: "procps",
  pgrep: "procps",
  pkill: "procps",
  top: "procps",
  free: "procps",
  watch: "procps",
  vmstat: "procps",
  uptime: "procps",
  pmap: "procps",
  unzip: "unzip",
  bzip2: "bzip2",
  xz: "xz-utils",
  unxz: "xz-utils",
  file: "file",
  make: "make",
  gcc: "gcc",
  "g++": "g++",
  cc: "gcc",
  patch: "patch",
  convert: "imagemagick",
  identify: "imagemagick",
  magick: "imagemagick"
};
function slimLacks(program2, runtimeImage) {
  if (Object.prototype.hasOwnProperty.call(FULL_IMAGE_ONLY, program2)) return FULL_IMAGE_ONLY[program2];
  if (/alpine/i.test(runtimeImage) && program2 === "bash") return "bash";
  return null;
}

// src/verify/buildlog.ts
function installsDependencies(ins) {
  const script = ins.shell?.script;
  if (!script || script.hasError) return false;
  return script.commands.some((cmd) => {
    const inv = invocation(cmd);
    return inv !== null && classify(inv).kind === "deps";
  });
}

// transforms/multi-stage.ts
import fs5 from "node:fs";
import path7 from "node:path";
var multiStage = {
  id: "multi-stage",
  description: "split into a build stage and a slim runtime stage (unsafe: toolchains and build-only packages leave)",
  defaultEnabled: true,
  // Last: the build stage is the original stage after the other passes have tidied it.
  priority: 100,
  run(ctx) {
    const { doc } = ctx;
    if (doc.stages.length === 0) return { changes: [], skipped: [] };
    const last = doc.stages[doc.stages.length - 1];
    const skip = (line, reason) => ({ changes: [], skipped: [{ line, reason }] });
    const worth = doc.stages.length > 1 ? null : worthSplitting(doc, last);
    if (worth === null || worth === "no") return { changes: [], skipped: [] };
    const quiet = worth === "venv";
    if (doc.runsUnreliable) return quiet ? { changes: [], skipped: [] } : skip(last.from.line, doc.runsUnreliable);
    if (!last.posixShell) return quiet ? { changes: [], skipped: [] } : skip(last.from.line, "RUN here is not a POSIX shell");
    const plan = planStage(ctx, last);
    if ("skip" in plan) return { changes: [], skipped: quiet ? [] : [plan.skip] };
    return { changes: [plan.change], skipped: [] };
  }
};
function worthSplitting(doc, stage) {
  if (runtimeBase(resolveImage2(stage.image, globalArgs2(doc))) !== null) return "yes";
  let venv = false;
  for (const ins of stage.instructions) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (inv && isRequirementsInstall(inv)) venv = true;
      if (!inv || !["apt-get", "apt", "aptitude", "apk"].includes(inv.name)) continue;
      const sub = subcommand(inv.args, /* @__PURE__ */ new Set(["-o", "-c", "-t", "--target-release", "-X", "--repository", "--virtual"]));
      if (sub !== "install" && sub !== "add") continue;
      if (inv.args.some((w) => w.value !== null && isBuildOnlyPackage(w.value))) return "yes";
    }
  }
  return venv ? "venv" : "no";
}
function isRequirementsInstall(inv) {
  const values2 = inv.args.map((w) => w.value);
  const pip2 = inv.name === "pip" || inv.name === "pip3" || /^pip3\.\d+$/.test(inv.name) || /^python(3(\.\d+)?)?$/.test(inv.name) && values2[0] === "-m" && values2[1] === "pip";
  if (!pip2) return false;
  return values2.includes("install") && values2.some((v) => v === "-r" || v === "--requirement" || v?.startsWith("--requirement=") || v !== null && /^-r\S/.test(v));
}
var SYSTEM_INPUTS = [/^\/etc(\/|$)/, /^\/usr\/local\/share\/ca-certificates(\/|$)/, /^\/usr\/share\/ca-certificates(\/|$)/];
var NOT_KEEPABLE = /* @__PURE__ */ new Set(["/", "/usr", "/etc", "/var", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/usr/lib", "/usr/bin", "/usr/sbin", "/usr/share", "/var/lib", "/boot", "/dev", "/proc", "/sys", "/run"]);
var REPLAY_KEYWORDS = /* @__PURE__ */ new Set(["ARG", "ENV", "LABEL", "MAINTAINER", "WORKDIR", "USER", "EXPOSE", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "CMD", "ENTRYPOINT"]);
var USER_COMMANDS = /* @__PURE__ */ new Set(["useradd", "adduser", "groupadd", "addgroup", "usermod", "groupmod", "chpasswd", "passwd", "deluser", "delgroup", "userdel", "groupdel"]);
var SYSTEM_CONFIG = /* @__PURE__ */ new Set(["debconf-set-selections", "apt-key", "dpkg-reconfigure", "locale-gen", "update-locale", "update-ca-certificates", "ldconfig", "update-alternatives", "localedef"]);
var NO_WRITE = /* @__PURE__ */ new Set(["echo", "printf", "true", "false", ":", "test", "[", "id", "whoami", "which", "set", "sleep", "uname", "ls", "cat", "stat", "pwd", "date", "env", "printenv", "command", "type", "hash", "du", "df", "head", "tail", "grep", "wc", "sort", "diff", "cmp", "md5sum", "sha256sum", "sha1sum", "sha512sum", "file", "getent", "nproc", "exit", "dpkg-architecture", "getconf", "mktemp", "dpkg-query", "basename", "dirname", "readlink", "realpath", "tr", "cut", "awk"]);
var RUNS_IN_CWD = /* @__PURE__ */ new Set(["node", "npx", "tsc", "python", "python3", "ruby", "rake", "php", "composer", "make", "cargo", "mvn", "gradle", "ant", "dotnet", "deno", "bun", "java", "javac", "cmake", "ninja", "gcc", "g++", "cc", "c++", "bundle", "bundler", "perl", "yarn", "pnpm", "npm", "go", "git"]);
function planStage(ctx, stage) {
  const { doc } = ctx;
  const fromLine = stage.from.line;
  const fail = (line, reason) => ({ skip: { line, reason } });
  const globals = globalArgs2(doc);
  const image = resolveImage2(stage.image, globals);
  if (image.includes("$")) return fail(fromLine, `the base image ${stage.image} uses a variable with no known value`);
  const runtime = runtimeBase(image);
  const runtimeFrom = runtime === null ? stage.image : stage.image === image ? runtime.image : carryArg(stage.image, image, runtime.image);
  if (runtimeFrom === null) return fail(fromLine, `the base image ${stage.image} is set by a build arg: the pass cannot tell the runtime variant for every value of it`);
  const state = {
    cwd: imageWorkdir(image),
    vars: /* @__PURE__ */ new Map(),
    raw: /* @__PURE__ */ new Map(),
    user: "root",
    keeps: [],
    golang: /^(docker\.io\/)?(library\/)?golang(:|$)/.test(image),
    ruby: /^(docker\.io\/)?(library\/)?ruby(:|$)/.test(image),
    systemPythonUnderUsrLib: /alpine/i.test(image) && !/^(docker\.io\/)?(library\/)?python:/.test(image),
    droppedNames: /* @__PURE__ */ new Set(),
    apkDropped: /* @__PURE__ */ new Set(),
    virtuals: /* @__PURE__ */ new Map(),
    at: 0,
    pendingVenvs: [],
    pendingKeeps: [],
    removed: [],
    workdirs: /* @__PURE__ */ new Set(),
    runtimePackages: /* @__PURE__ */ new Set()
  };
  const items = [];
  const dropped = [];
  let hasWorkdir = false;
  let firstWorkdir;
  let hasCommand = false;
  const copies = [];
  const installs = [];
  const purgedInRun = [];
  const purgedAnywhere = /* @__PURE__ */ new Set();
  let firstDrop = -1;
  let command2 = null;
  let entrypoint = null;
  for (const [index, ins] of stage.instructions.entries()) {
    if (ins === stage.from) continue;
    state.at = index;
    if (ins.heredoc) return fail(ins.line, `the ${ins.keyword} at line ${ins.line} uses a heredoc`);
    switch (ins.keyword) {
      case "ONBUILD":
      case "SHELL":
        return fail(ins.line, `${ins.keyword} at line ${ins.line}: the pass does not split stages that use it`);
      case "COPY":
      case "ADD": {
        if (ins.flags.some((f) => f.name === "from")) return fail(ins.line, `the COPY at line ${ins.line} copies from another image`);
        const w = copyWrite(ins, state.cwd, state.vars, (src2) => contextIsFile2(ctx, src2));
        if ("error" in w) return fail(ins.line, `the ${ins.keyword} at line ${ins.line}: ${w.error}`);
        addKeep(state, { path: w.region, kind: w.singleFile ? "file" : w.certainDir ? "dir" : "unknown", copied: true });
        copies.push({ index, ins, region: w.region, dir: !w.singleFile, replay: replayText(doc, ins, state, w.region) });
        break;
      }
      case "RUN": {
        const plan = planRun(doc, ins, state);
        if ("why" in plan) return fail(ins.line, plan.why);
        const own = plan.statements.flatMap((v) => (v.kind === "build" || v.kind === "replay") && v.dropped ? v.dropped : []);
        const purged = new Set(plan.statements.flatMap((v) => (v.kind === "build" || v.kind === "replay") && v.purged ? v.purged : []));
        for (const n of own) (purged.has(packageName2(n)) ? purgedInRun : dropped).push(n);
        if (firstDrop < 0 && own.some((n) => !purged.has(packageName2(n)))) firstDrop = index;
        for (const n of purged) purgedAnywhere.add(n);
        items.push({ kind: "run", plan });
        if (installsDependencies(ins)) installs.push(index);
        break;
      }
      case "WORKDIR": {
        hasWorkdir = true;
        const v = ins.args[0] ? expand2(ins.args[0].value, state.vars) : null;
        if (firstWorkdir === void 0) firstWorkdir = v;
        state.cwd = v === null ? null : resolvePath(state.cwd, v);
        for (let d = state.cwd; d && d !== "/"; d = d.slice(0, d.lastIndexOf("/")) || "/") state.workdirs.add(d);
        items.push({ kind: "verbatim", ins });
        break;
      }
      case "ENV":
      case "ARG":
        for (const a of readAssignments(ins)) {
          state.vars.set(a.name, a.value === null ? ins.keyword === "ARG" ? globals.get(a.name) ?? null : null : expand2(a.value, state.vars));
          if (a.value !== null) state.raw.set(a.name, a.value);
        }
        items.push({ kind: "verbatim", ins });
        break;
      case "USER":
        state.user = ins.args[0]?.value ?? "root";
        items.push({ kind: "verbatim", ins });
        break;
      case "VOLUME":
        items.push({ kind: "verbatim", ins });
        break;
      case "CMD":
      case "ENTRYPOINT":
        hasCommand = true;
        if (ins.keyword === "CMD") command2 = { ins, cwd: state.cwd };
        else entrypoint = { ins, cwd: state.cwd };
        items.push({ kind: "verbatim", ins });
        break;
      default:
        if (REPLAY_KEYWORDS.has(ins.keyword)) items.push({ kind: "verbatim", ins });
        break;
    }
  }
  const runtimeApt = items.some((it) => it.kind === "run" && it.plan.statements.some((v) => v.kind === "replay" && v.apt));
  const swap = runtime !== null;
  const uniqueDropped = [...new Set(dropped)];
  const venvOnly = !swap && uniqueDropped.length === 0 && state.keeps.some((k) => k.venv);
  if (!swap && uniqueDropped.length === 0 && !venvOnly) {
    const removed = [...new Set(purgedInRun)];
    if (removed.length) return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant, and the build-only packages it installs (${removed.join(", ")}) are removed in the same RUN: the image never has them`);
    return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant and no build-only package is installed`);
  }
  if (!hasCommand) return fail(fromLine, "no CMD or ENTRYPOINT: an image without its own command is usually a base for other images, which may need its toolchain");
  const tool = runtime?.familyChange ? null : buildTool(entrypoint ?? command2);
  if (tool) {
    const what = uniqueDropped.length ? `the build-only packages (${uniqueDropped.join(", ")})` : `the ${image} toolchain`;
    return fail((entrypoint ?? command2).ins.line, `the image's command runs ${tool}, a build tool: the image is a build environment, whose builds may use ${what}`);
  }
  if (uniqueDropped.length && firstDrop >= 0 && !buildsAfter(stage, firstDrop)) {
    const run = entrypoint ?? command2;
    const exe = run ? (commandWords(run.ins) ?? firstWord(run.ins))?.[0] ?? "a program the pass cannot read" : "a program the pass cannot read";
    return fail(
      stage.instructions[firstDrop].line,
      `the build-only packages ${uniqueDropped.join(", ")} are installed, but no RUN after them builds anything (no pip, npm, bundle, make, go or compiler run): they are there for the ${run?.ins.keyword ?? "command"}, which runs ${exe} and may build with them at run time`
    );
  }
  if (runtime?.familyChange) {
    const usesToolchain = stage.instructions.some((ins) => (ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") && runtime.toolchain && new RegExp(`(^|["\\s/])${runtime.toolchain}(["\\s]|$)`).test(ins.text.slice(ins.argsStart - ins.start)));
    if (usesToolchain) return fail(fromLine, `the image's command runs ${runtime.toolchain}, which the runtime image ${runtime.image} does not have`);
    const defined = /* @__PURE__ */ new Set();
    for (const ins of stage.instructions) {
      if (ins.keyword === "ENV" || ins.keyword === "ARG") {
        for (const a of readAssignments(ins)) if (a.value !== null || ins.keyword === "ENV") defined.add(a.name);
      }
      if (!REPLAY_KEYWORDS.has(ins.keyword) && !(ins.keyword === "RUN" && replaysSomething(items, ins))) continue;
      const body4 = ins.text.slice(ins.argsStart - ins.start);
      const lost = (runtime.env ?? []).find((v) => !defined.has(v) && new RegExp(`\\$(\\{)?${v}(?![A-Za-z0-9_])`).test(body4));
      if (lost) return fail(ins.line, `the ${ins.keyword} at line ${ins.line} reads $${lost}, which ${image} sets and ${runtime.image} does not: in the runtime stage it would be empty`);
    }
  }
  const keeps = minimalKeeps(state.keeps);
  for (const it of items) {
    if (it.kind !== "run" || !it.plan.statements.some((v) => v.kind === "replay")) continue;
    const at2 = stage.instructions.indexOf(it.plan.ins);
    const need = state.keeps.find((k) => !k.meta && ((k.at ?? 0) < at2 || !k.copied && k.at === at2) && SYSTEM_INPUTS.some((re) => re.test(k.path)));
    if (need) {
      const by = stage.instructions[need.at ?? 0];
      const wrote = need.at === at2 ? `an earlier command of that RUN wrote ${need.path}, which the replayed commands may read` : `the ${by?.keyword ?? "instruction"} at line ${by?.line ?? "?"} wrote ${need.path} before it, which it may read`;
      return fail(
        it.plan.ins.line,
        `the RUN at line ${it.plan.ins.line} is replayed in the runtime stage before the copies from the ${stage.name ?? "build"} stage, but ${wrote} (package sources, CA certificates)`
      );
    }
  }
  const eol = doc.eol;
  const esc = doc.escape;
  const lines = [];
  const runtimeImage = runtimeFrom;
  const platform = stage.from.flags.find((f) => f.name === "platform");
  lines.push(`FROM ${platform ? doc.text.slice(platform.start, platform.end) + " " : ""}${runtimeImage}`);
  const startWorkdir = imageWorkdir(image);
  if (runtime?.familyChange && (!hasWorkdir || firstWorkdir === null || !firstWorkdir?.startsWith("/"))) {
    const target = imageWorkdir(runtime.image);
    if (startWorkdir === null || target === null) return fail(fromLine, `cannot tell the default working directory of ${image}`);
    if (target !== startWorkdir) lines.push(`WORKDIR ${startWorkdir}`);
  }
  const body3 = [];
  let lastRun = -1;
  let userBeforeCopy = null;
  for (const it of items) {
    if (it.kind === "verbatim") {
      body3.push(verbatim(doc, it.ins));
      continue;
    }
    const chosen = it.plan.statements.filter(
      (v) => v.kind === "replay" || v.kind === "apt-housekeeping" && runtimeApt || v.kind === "prelude"
    );
    if (!chosen.some((v) => v.kind !== "prelude")) continue;
    const parts = chosen.map((v) => v.text);
    const flags = it.plan.ins.flags.map((f) => doc.text.slice(f.start, f.end)).join(" ");
    body3.push(`RUN ${flags ? flags + " " : ""}${parts.join(` && ${esc}${eol}    `)}`);
    lastRun = body3.length - 1;
  }
  let at = lastRun + 1;
  for (let i = 0; i < at; i++) {
    const m = /^USER\s+(\S+)/i.exec(body3[i]);
    if (m) userBeforeCopy = m[1];
  }
  if (userBeforeCopy !== null && !/^(root|0)(:(root|0))?$/.test(userBeforeCopy)) {
    return fail(fromLine, `a RUN replayed in the runtime stage runs as ${userBeforeCopy}; the copies need root to keep owners`);
  }
  const busybox = /alpine|busybox/i.test(runtimeImage);
  const buildName = stage.name ?? "build";
  const layout = depsLayout(ctx, stage, state, copies, installs, entrypoint ?? command2);
  if (layout && "skip" in layout) return fail(layout.skip.line, layout.skip.reason);
  if (venvOnly && !layout) return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant, no build-only package is installed, and the runtime cannot take the venv alone (its install must come before the source COPY, and the build must write only paths the pass can name)`);
  const shipped = layout ? [...layout.stable, ...layout.built] : keeps;
  for (const k of shipped) {
    if (NOT_KEEPABLE.has(k.path)) return fail(fromLine, `the build writes to ${k.path} as a whole: copying it would bring the build image back`);
    if (isWithin(k.path, "/mnt")) return fail(fromLine, `the build writes under /mnt (${k.path}), where the runtime stage mounts the build stage to copy owners`);
  }
  const shippedPaths = layout ? [...shipped.map((k) => k.path), ...layout.replayed] : keeps.map((k) => k.path);
  let basePath = [];
  if (runtime?.familyChange) {
    basePath = (runtime.path ?? []).filter((d) => shipped.some((k) => isWithin(k.path, d)));
    if (basePath.length) lines.splice(1, 0, `ENV PATH=${basePath.join(":")}:$PATH`);
    const run = entrypoint ?? command2;
    const missing = missingProgram(run, shippedPaths, state, basePath);
    if (missing) return fail(run?.ins.line ?? fromLine, `the command runs ${missing}, which the runtime stage (${runtime.image}) would not have: the pass sees no path that brings it from the build stage`);
    const exe = run ? (commandWords(run.ins) ?? firstWord(run.ins))?.[0] : void 0;
    const toolDirs = keeps.filter((k) => !k.copied && (runtime.path ?? []).some((d) => k.path === d)).map((k) => k.path);
    const runsTool = exe !== void 0 && (exe.includes("/") ? toolDirs.some((d) => isWithin(resolvePath(run.cwd, exe) ?? "", d)) : !BASE_PROGRAMS.has(exe));
    if (runtime.toolchain && !compilesOwnCode(stage, runtime.toolchain) && !runsTool) {
      return fail(run?.ins.line ?? fromLine, `the build compiles no program of its own (no ${runtime.toolchain === "go" ? "go build" : "cargo build"}): the command runs ${exe ?? "a program the pass cannot read"}, which may build the sources at run time with ${runtime.toolchain}; ${runtime.image} has no ${runtime.toolchain}`);
    }
  }
  if (runtime) {
    const own = (state.raw.get("PATH") ?? "").split(":").filter((d) => d.startsWith("/") && !d.includes("$"));
    const dirs = [...basePath, ...own, ...DEBIAN_PATH];
    for (const keyword of ["HEALTHCHECK", "ENTRYPOINT", "CMD"]) {
      const ins = [...stage.instructions].reverse().find((i) => i.keyword === keyword);
      if (!ins) continue;
      for (const program2 of programsRun(doc, ins)) {
        const pkg = slimLacks(program2, runtimeImage);
        if (pkg === null || state.runtimePackages.has(pkg) || state.runtimePackages.has(program2)) continue;
        if (dirs.some((d) => shippedPaths.includes(normalizePath2(`${d}/${program2}`)))) continue;
        return fail(
          ins.line,
          `the ${keyword} runs ${program2}, which the runtime base ${runtimeImage} does not have (${image} has it; no replayed install brings ${pkg})`
        );
      }
    }
  }
  const copyLines = [];
  const certs = !!runtime?.familyChange && !state.runtimePackages.has("ca-certificates");
  if (certs) copyLines.push(`RUN apt-get update && ${esc}${eol}    apt-get install -y --no-install-recommends ca-certificates && ${esc}${eol}    rm -rf /var/lib/apt/lists/*`);
  const compilers = uniqueDropped.filter((n) => state.apkDropped.has(n) && !purgedAnywhere.has(packageName2(n)) && compilerLibraries([n], runtimeImage).length);
  const libs = compilerLibraries(compilers, runtimeImage).filter((l) => !state.runtimePackages.has(l));
  if (libs.length && lastRun >= 0) body3[lastRun] += ` && ${esc}${eol}    apk add --no-cache ${libs.join(" ")}`;
  else if (libs.length) copyLines.push(`RUN apk add --no-cache ${libs.join(" ")}`);
  if (layout) {
    const stable = layout.stable.map((k) => copyStep(k, buildName, busybox, layout.prune.get(k.path) ?? null, ` ${esc}${eol}    `));
    copyLines.push(...stable.map((s) => s.copy), ...stable.flatMap((s) => s.fix ? [s.fix] : []));
    copyLines.push(...layout.metaLines);
    const built = layout.built.map((k) => copyStep(k, buildName, busybox, null));
    copyLines.push(...built.map((s) => s.copy), ...built.flatMap((s) => s.fix ? [s.fix] : []));
    copyLines.push(...layout.lateMetaLines, ...layout.replays);
  } else {
    const steps = keeps.map((k) => copyStep(k, buildName, busybox, null));
    copyLines.push(...steps.map((s) => s.copy), ...steps.flatMap((s) => s.fix ? [s.fix] : []));
  }
  body3.splice(at, 0, ...copyLines);
  lines.push(...body3);
  const keepPaths = layout ? [.../* @__PURE__ */ new Set([...shipped.map((k) => k.path), ...layout.replayed])] : keeps.map((k) => k.path);
  const unasked = [...new Set(items.flatMap((it) => it.kind === "run" ? it.plan.statements.flatMap((v) => v.kind === "replay" && v.yes ? [v.yes] : []) : []))];
  const keepList = layout ? layout.summary : keepPaths.length ? `only ${keepPaths.join(", ")} from the ${buildName} stage` : `nothing from the ${buildName} stage`;
  const leaving = [];
  if (runtime) leaving.push(`the ${image} base (${runtime.why})`);
  if (uniqueDropped.length) leaving.push(`build-only packages ${uniqueDropped.join(", ")}`);
  if (layout) leaving.push(...layout.leaving);
  if (venvOnly) leaving.push(`what the install wrote outside the venv (the runtime keeps the base ${image}: only the install moves to the build stage)`);
  const block = lines.join(eol);
  const text = doc.text;
  const tail = text.endsWith("\n") ? "" : eol;
  const fromEdit = stage.name ? null : { start: stage.from.argsEnd, end: stage.from.argsEnd, text: " AS build" };
  const change = {
    message: `split into a build stage (${image}) and a runtime stage (${runtimeImage})`,
    reason: `The runtime stage copies ${keepList}; left behind: ${leaving.join("; ")}. ` + (unasked.length ? `The apt install${unasked.length > 1 ? "s" : ""} at ${unasked.length > 1 ? `lines ${unasked.slice(0, -1).join(", ")} and ${unasked[unasked.length - 1]}` : `line ${unasked[0]}`} run${unasked.length > 1 ? "" : "s"} with -y in the runtime stage: ${runtime ? `${runtimeImage} may lack packages ${unasked.length > 1 ? "they depend" : "it depends"} on that ${image} has` : `packages ${unasked.length > 1 ? "they depend" : "it depends"} on may have come with the build-only packages`}, and without -y apt-get asks before installing a package not named (with no terminal, the build would stop). ` : "") + (certs ? `The runtime stage installs ca-certificates: ${runtimeImage} has no CA bundle (${image} has one), which a program making TLS calls needs. ` : "") + (libs.length ? `The runtime stage installs ${libs.join(", ")}: the run-time librar${libs.length > 1 ? "ies" : "y"} of ${compilers.length > 1 ? `${compilers.slice(0, -1).join(", ")} and ${compilers[compilers.length - 1]}` : compilers[0]}, which what ${compilers.length > 1 ? "they" : "it"} compiled in the ${buildName} stage may load (${libs.map((l) => l === "libstdc++" ? "a C++ extension needs libstdc++.so.6" : "Fortran code needs libgfortran.so.5").join(", ")}); ${runtimeImage} does not have ${libs.length > 1 ? "them" : "it"}. ` : "") + (layout?.moved.length ? movedText(ctx, layout.moved, buildName) : "") + "Unsafe: anything the app needs at run time from elsewhere in the build image (a tool, a library pulled in by a build package, a file written outside these paths) is gone: prove it with `dockerfix verify --unsafe`.",
    safety: "unsafe",
    // Told at the FROM even when it gets no edit (a stage with a name keeps it): the first edit may be a moved COPY
    // or the appended stage, past the end of the input.
    at: stage.from.start,
    edits: [
      ...fromEdit ? [fromEdit] : [],
      ...(layout?.moved ?? []).map((ins) => ({ start: ins.start, end: lineEnd(text, ins.end), text: "" })),
      { start: text.length, end: text.length, text: `${tail}${eol}${block}${eol}` }
    ],
    keeps: keepPaths,
    ...layout && layout.removes.length ? { removes: layout.removes } : {},
    tag: `${runtime ? runtimeImage.replace(/:.*$/, "") : "same base"}${layout ? " (deps first)" : ""}`
  };
  return { change };
}
function movedText(ctx, moved, buildName) {
  const one = moved.length === 1;
  const names = moved.map((ins) => instructionName(ctx, ins));
  const plain = names.every((n) => n.startsWith("line "));
  const list = (items) => items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  const which = plain ? one ? `at ${names[0]}` : `at lines ${list(moved.map((ins) => String(ins.line)))}` : list(names.map((n, i) => n.startsWith("line ") ? `${i === 0 ? "at" : "the COPY at"} ${n}` : n));
  return `The source COPY${one ? "" : "s"} ${which} move${one ? "s" : ""} to the runtime stage (no RUN after ${one ? "it" : "them"} in the ${buildName} stage reads the sources): the ${buildName} stage now ends with the dependencies, so a source edit re-runs only ${one ? "that COPY" : "those COPYs"}. `;
}
function copyStep(k, buildName, busybox, prune, wrap = " ") {
  const p = shellQuote2(k.path);
  const parent = k.path.slice(0, k.path.lastIndexOf("/")) || "/";
  if (prune && prune.length > 0) {
    const mount2 = `--mount=type=bind,from=${buildName},source=${k.path},target=/mnt`;
    return { copy: `RUN ${mount2} mkdir -p ${shellQuote2(parent)} && cp -a /mnt ${p} &&${wrap}rm -rf ${prune.map(shellQuote2).join(`${wrap}    `)}`, fix: null };
  }
  const copy = `COPY --from=${buildName} ${k.owner ? `--chown=${k.owner} ` : ""}${pathArgs(k.path)}`;
  if (k.kind === "file" || k.owner || k.asCreated) return { copy, fix: null };
  const source = k.kind === "dir" ? k.path : parent;
  const ref = shellQuote2(k.kind === "dir" ? "/mnt" : `/mnt/${k.path.slice(k.path.lastIndexOf("/") + 1)}`);
  const fix = busybox ? `chown "$(stat -c %u:%g ${ref})" ${p} && chmod "$(stat -c %a ${ref})" ${p}` : `chown --reference=${ref} ${p} && chmod --reference=${ref} ${p}`;
  const mount = `--mount=type=bind,from=${buildName},${source === "/" ? "" : `source=${source},`}target=/mnt`;
  return { copy, fix: `RUN ${mount} ${k.kind === "dir" ? fix : `[ ! -d ${p} ] || { ${fix}; }`}` };
}
function replayText(doc, ins, state, region) {
  if (ins.keyword !== "COPY" || ins.heredoc || ins.json) return null;
  if (ins.flags.some((f) => !["chown", "chmod", "link"].includes(f.name))) return null;
  const raw = doc.text.slice(ins.argsStart, ins.argsEnd);
  if (/[$"'\\`]/.test(raw.replace(/\\\r?\n/g, " ")) || /\r?\n/.test(raw)) return null;
  const words = ins.args.map((a) => a.value);
  if (words.length < 2 || words.some((w) => !w || /\s/.test(w))) return null;
  const dest = words[words.length - 1];
  const abs = resolvePath(state.cwd, dest);
  if (abs === null) return null;
  const knownDir = state.workdirs.has(abs) || state.keeps.some((k) => (k.at ?? 0) < state.at && k.kind === "dir" && !k.meta && (k.path === abs || isWithin(k.path, abs)));
  const dirDest = dest.endsWith("/") || dest === "." || dest.endsWith("/.") || knownDir;
  const flags = ins.flags.map((f) => doc.text.slice(f.start, f.end));
  return ["COPY", ...flags, ...words.slice(0, -1), dirDest && abs !== "/" ? `${abs}/` : abs].join(" ");
}
function contextRel(src2) {
  const p = path7.posix.normalize(src2).replace(/\/+$/, "");
  return p === "." ? "" : p.replace(/^\.\//, "");
}
function copiesTree(c) {
  return c.ins.args.slice(0, -1).some((a) => a.value !== null && !/^[a-z]+:\/\//i.test(a.value) && contextRel(a.value) === "");
}
function sourceKind(ctx, src2) {
  if (src2 === "." || src2 === "./" || src2.endsWith("/") || src2.endsWith("/.")) return "dir";
  if (/[*?[\]$]/.test(src2)) return null;
  const f = contextIsFile2(ctx, src2);
  if (f !== null) return f ? "file" : "dir";
  const base2 = src2.slice(src2.lastIndexOf("/") + 1);
  return /^[^.].*\.[A-Za-z0-9]{1,8}$/.test(base2) || /^(Gemfile|Pipfile|Makefile|Procfile)$/.test(base2) ? "file" : null;
}
function broughtAgain(ctx, rec, postCopies) {
  if (!rec || rec.ins.keyword !== "COPY" || rec.ins.json || rec.ins.flags.some((f) => f.name === "from")) return false;
  const sources = rec.ins.args.slice(0, -1).map((a) => a.value);
  if (sources.some((s) => s === null)) return false;
  const landings = [];
  if (!rec.dir) landings.push({ src: sources[0], at: rec.region });
  else {
    for (const s of sources) {
      const kind = sourceKind(ctx, s);
      if (kind === null) return false;
      landings.push({ src: s, at: kind === "dir" ? rec.region : normalizePath2(`${rec.region}/${contextRel(s).slice(contextRel(s).lastIndexOf("/") + 1)}`) });
    }
  }
  const brings = (l) => postCopies.some((c) => {
    if (!c.dir || c.ins.keyword !== "COPY" || c.ins.json || !(l.at === c.region || isWithin(l.at, c.region))) return false;
    const rel = l.at === c.region ? "" : l.at.slice(c.region === "/" ? 1 : c.region.length + 1);
    return c.ins.args.slice(0, -1).some((a) => {
      const d = a.value;
      if (d === null) return false;
      const kind = sourceKind(ctx, d);
      if (kind === "dir") return contextRel(path7.posix.join(contextRel(d) || ".", rel || ".")) === contextRel(l.src);
      return kind === "file" && l.at === normalizePath2(`${c.region}/${contextRel(d).slice(contextRel(d).lastIndexOf("/") + 1)}`) && contextRel(d) === contextRel(l.src);
    });
  });
  if (landings.every(brings)) return true;
  return !rec.dir ? "file" : false;
}
var ASSET_DIRS = /* @__PURE__ */ new Set(["templates", "template", "static", "public", "views", "migrations", "config", "configs", "locales", "locale", "i18n", "translations", "assets", "resources", "www", "sql"]);
function assetDirs(ctx, postCopies) {
  const context = ctx.context;
  if (!context) return [];
  const out2 = [];
  for (const c of postCopies) {
    if (!c.dir || c.ins.keyword !== "COPY") continue;
    for (const arg of c.ins.args.slice(0, -1)) {
      const src2 = arg.value;
      if (src2 === null || /[*?[\]$]/.test(src2) || contextIsFile2(ctx, src2) !== false) continue;
      const rel = src2.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
      for (const name of context.list(rel === "." ? "" : rel).sort()) {
        if (!ASSET_DIRS.has(name)) continue;
        const inContext = rel === "" || rel === "." ? name : `${rel}/${name}`;
        if (!context.has(inContext) || contextIsFile2(ctx, inContext) !== false) continue;
        const p = normalizePath2(`${c.region}/${name}`);
        if (!out2.includes(p)) out2.push(p);
      }
    }
  }
  return out2;
}
function depsLayout(ctx, stage, state, copies, installs, command2) {
  if (installs.length === 0) return null;
  const lastInstall = Math.max(...installs);
  const split = copies.find((c) => c.index > lastInstall)?.index;
  if (split === void 0) return null;
  if (copies.some((c) => c.index < split && copiesTree(c))) return null;
  const post = state.keeps.filter((k) => (k.at ?? 0) >= split);
  const postCopies = copies.filter((c) => c.index >= split);
  const postRuns = post.filter((k) => !k.copied);
  const program2 = commandWords(command2?.ins ?? null);
  const cmdCwd = command2?.cwd ?? null;
  let shape = null;
  const nodeBuild = postRuns.find((k) => k.nodeBuild);
  const binaries = postRuns.filter((k) => k.goBinary);
  if (nodeBuild) {
    const script = program2 && program2[0] === "node" ? program2.slice(1).find((w) => !w.startsWith("-")) : void 0;
    const target = script && cmdCwd !== null ? resolvePath(cmdCwd, script) : script?.startsWith("/") ? resolvePath(null, script) : null;
    if (!target || !isWithin(target, nodeBuild.path) || target === nodeBuild.path) return null;
    const out2 = target.slice(nodeBuild.path.length + 1).split("/")[0];
    const fromContext2 = ctx.context ? ctx.context.has(out2) : !/^(dist|build|out|lib)$/.test(out2);
    if (out2 === "node_modules" || fromContext2) return null;
    if (postRuns.some((k) => !isWithin(k.path, nodeBuild.path) && !k.meta)) return null;
    shape = { kind: "node-build", dir: nodeBuild.path, out: out2, outIsDir: target.slice(nodeBuild.path.length + 1).includes("/") };
  } else if (binaries.length > 0) {
    const exe = program2?.[0];
    const runs = (b) => exe !== void 0 && (exe === b.path || !exe.includes("/") && b.path.endsWith(`/${exe}`) && /^\/(usr\/local\/|usr\/)?s?bin\//.test(b.path));
    if (!binaries.some(runs)) return null;
    if (postRuns.some((k) => !k.goBinary && !k.meta)) return null;
    if (postRuns.some((k) => k.meta && !postCopies.some((c) => isWithin(k.path, c.region)))) return null;
    shape = { kind: "go", binaries };
  } else {
    if (postCopies.some((c) => c.replay === null)) return null;
    if (postRuns.some((k) => postCopies.some((c) => isWithin(k.path, c.region) || isWithin(c.region, k.path)))) return null;
    if (state.removed.some((r) => r.at >= split && postCopies.some((c) => isWithin(r.path, c.region) || isWithin(c.region, r.path)))) return null;
    shape = { kind: "sources" };
  }
  const appDirs = shape.kind === "node-build" ? [shape.dir] : shape.kind === "sources" ? postCopies.filter((c) => c.dir).map((c) => c.region) : [];
  const sourceRegions = postCopies.map((c) => c.region);
  const ops = new Map(appDirs.map((d) => [d, []]));
  const stable = [];
  const prune = /* @__PURE__ */ new Map();
  const removes = [];
  const leaving = [];
  const devNames = /* @__PURE__ */ new Map();
  for (const k of state.keeps) {
    const before = (k.at ?? 0) < split;
    if (k.meta) {
      for (const d of appDirs) if (k.path === d || k.meta.recursive && isWithin(d, k.path)) ops.get(d).push(k.meta);
      if (appDirs.some((d) => isWithin(k.path, d))) continue;
      if (!before && shape.kind === "go" && sourceRegions.some((r) => isWithin(k.path, r))) continue;
      if (!before) return null;
      if (appDirs.some((d) => isWithin(d, k.path))) {
        if (!k.meta.recursive) return null;
        if (!ops.has(k.path)) ops.set(k.path, []);
        ops.get(k.path).push(k.meta);
        continue;
      }
      stable.push(k);
      continue;
    }
    if (!before) continue;
    if (k.nodeModules) {
      const nm = { path: normalizePath2(`${k.path}/node_modules`), kind: "dir", at: k.at };
      if (state.removed.some((r) => r.at > (k.at ?? 0) && isWithin(nm.path, r.path))) return null;
      stable.push(nm);
      const dev = shape.kind === "node-build" && k.nodeModules === "npm" ? devDependencyPaths(ctx, copies, split, k.path) : null;
      if (dev && dev.paths.length > 0) {
        prune.set(nm.path, dev.paths);
        devNames.set(nm.path, dev.names);
      }
      continue;
    }
    if (k.copied && shape.kind === "node-build" && appDirs.some((d) => isWithin(k.path, d))) continue;
    if (k.copied && shape.kind !== "node-build" && postCopies.some((c) => c.dir && isWithin(k.path, c.region))) {
      const again = broughtAgain(ctx, copies.find((c) => c.index === k.at) ?? null, postCopies);
      if (again === true) continue;
      if (shape.kind === "sources" && again === "file") {
        stable.push(k);
        continue;
      }
      if (shape.kind === "sources") return null;
      continue;
    }
    if (shape.kind === "go" && sourceRegions.some((r) => isWithin(k.path, r))) continue;
    if (appDirs.some((d) => isWithin(d, k.path))) return null;
    stable.push(k);
  }
  const stableKeeps = minimalKeeps(stable);
  for (const [dir, paths] of [...prune]) {
    if (!stableKeeps.some((k) => k.path === dir)) {
      prune.delete(dir);
      continue;
    }
    for (const p of paths) removes.push(...p.includes("/.bin/") ? [p] : [p, `${p}/**`]);
  }
  const pruned = [...prune.keys()].flatMap((dir) => devNames.get(dir) ?? []);
  if (stableKeeps.some((k) => sourceRegions.some((r) => isWithin(r, k.path) && r !== k.path))) return null;
  const built = [];
  const replays = [];
  const replayed = [];
  const moved = [];
  if (shape.kind === "node-build") {
    const outPath = normalizePath2(`${shape.dir}/${shape.out}`);
    const buildAt = nodeBuild.at ?? 0;
    const later = post.filter((k) => k.meta && (k.at ?? 0) >= buildAt && (isWithin(outPath, k.path) && (k.meta.recursive || k.path === outPath)));
    const last = later[later.length - 1]?.meta;
    const owner = last && last.op === "chown" && last.recursive && last.spec !== null && /^[\w.-]+:[\w.-]+$/.test(last.spec) && !later.some((k) => k.meta.op !== "chown") ? last.spec : void 0;
    const asCreated = owner === void 0 && later.length === 0 && /^(root|0)(:(root|0))?$/.test(nodeBuild.user ?? "root");
    built.push({ path: outPath, kind: shape.outIsDir ? "dir" : "unknown", ...owner ? { owner } : {}, ...asCreated ? { asCreated } : {} }, { path: normalizePath2(`${shape.dir}/package.json`), kind: "file" });
    const assets = assetDirs(ctx, postCopies).filter((a) => isWithin(a, shape.dir) && a !== outPath && !isWithin(a, outPath));
    built.push(...assets.map((a) => ({ path: a, kind: "dir" })));
    leaving.push(`the sources and the rest of ${shape.dir} (the command runs ${shape.out}/, built by the build stage${assets.length ? `; the run-time asset directories the context has, ${assets.join(", ")}, ship too` : ""})`);
  } else if (shape.kind === "go") {
    built.push(...minimalKeeps(shape.binaries));
    const assets = assetDirs(ctx, postCopies).filter((a) => !built.some((b) => isWithin(a, b.path)));
    built.push(...assets.map((a) => ({ path: a, kind: "dir" })));
    leaving.push(`the sources (${[...new Set(sourceRegions)].join(", ")}): the command runs the compiled ${shape.binaries.map((b) => b.path).join(", ")}${assets.length ? `, and the run-time asset directories the context has (${assets.join(", ")}) ship too` : ""}`);
  } else {
    built.push(...minimalKeeps(postRuns.filter((k) => !k.meta)));
    for (const c of postCopies) {
      replays.push(c.replay);
      replayed.push(c.region);
    }
    if (!stage.instructions.slice(split).some((ins) => ins.keyword === "RUN" || ins.keyword === "ONBUILD")) moved.push(...postCopies.map((c) => c.ins));
  }
  if (state.removed.some((r) => r.at >= split && built.some((b) => isWithin(b.path, r.path)))) return null;
  if (pruned.length) leaving.push(`devDependencies ${pruned.join(", ")} (build-only: the lockfile marks them dev)`);
  const metaLines = [];
  const lateMetaLines = [];
  for (const d of [...ops.keys()].sort((x, y) => x.length - y.length)) {
    const list = ops.get(d);
    const q = shellQuote2(d);
    if (list.some((o) => o.spec === null || /\s/.test(o.spec))) {
      const fix = `chown --reference=/mnt ${q} && chmod --reference=/mnt ${q}`;
      lateMetaLines.push(`RUN --mount=type=bind,from=${stage.name ?? "build"},source=${d},target=/mnt mkdir -p ${q} && ${fix}`);
      continue;
    }
    if (list.length === 0) continue;
    const steps = list.map((o) => `${o.op} ${shellQuote2(o.spec)} ${q}`).filter((s, i, all) => s !== all[i - 1]);
    metaLines.push(`RUN mkdir -p ${q} && ${steps.join(" && ")}`);
  }
  const described = [
    ...stableKeeps.map((k) => `${k.path}${prune.has(k.path) ? " (without the devDependencies)" : ""}`),
    ...built.map((k) => k.path)
  ];
  const fromBuild = `from the ${stage.name ?? "build"} stage`;
  const sources = `the sources from the build context (${replayed.join(", ")}), as the original COPY did`;
  const summary = (described.length ? `only ${described.join(", ")} ${fromBuild}${replays.length ? ` and ${sources}` : ""}` : replays.length ? `only ${sources}, and nothing ${fromBuild}` : `nothing ${fromBuild}`) + "; the dependencies come first and the sources last, so after a source edit BuildKit reuses the dependency steps (same content) and re-runs only what the original re-ran after the source COPY";
  return { stable: stableKeeps, built, metaLines, lateMetaLines, replays, replayed, moved, prune, removes, leaving, summary };
}
var DEBIAN_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var BASE_PROGRAMS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "env", "cat", "echo", "sleep", "true", "tail", "ls", "printf", "test"]);
function missingProgram(run, shipped, state, pathPrefix) {
  if (!run) return null;
  const words = commandWords(run.ins) ?? firstWord(run.ins);
  const exe = words?.[0];
  if (!exe) return `the program of the ${run.ins.keyword} at line ${run.ins.line}`;
  if (exe.includes("/")) {
    const p = resolvePath(run.cwd, exe);
    return p !== null && shipped.some((k) => isWithin(p, k)) ? null : exe;
  }
  if (BASE_PROGRAMS.has(exe)) return null;
  const own = (state.raw.get("PATH") ?? "").split(":").filter((d) => d.startsWith("/") && !d.includes("$"));
  const dirs = [...pathPrefix, ...own, ...DEBIAN_PATH];
  return dirs.some((d) => shipped.some((k) => isWithin(normalizePath2(`${d}/${exe}`), k))) ? null : exe;
}
function compilesOwnCode(stage, toolchain) {
  for (const ins of stage.instructions) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (!inv || inv.name !== toolchain) continue;
      const values2 = inv.args.map((w) => w.value);
      const sub = values2.find((v) => v === null || !v.startsWith("-"));
      if (sub === "build" || sub === "run" || sub === null) return true;
      if (sub === "install" && (toolchain === "cargo" ? values2.some((v) => v === "--path") : !values2.some((v) => v !== null && v.includes("@")))) return true;
    }
  }
  return false;
}
function replaysSomething(items, ins) {
  return items.some((it) => it.kind === "run" && it.plan.ins === ins && it.plan.statements.some((v) => v.kind === "replay" || v.kind === "prelude"));
}
var MAY_COMPILE = /* @__PURE__ */ new Set([...RUNS_IN_CWD, "pip", "pip3", "pipenv", "poetry", "uv", "gem", "node-gyp", "rustc", "clang", "clang++", "meson", "bazel"]);
function buildsAfter(stage, from) {
  for (const ins of stage.instructions.slice(from)) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (!inv) return true;
      const head = inv.cmd.words[inv.wrappers.length]?.value ?? "";
      if (head.includes("/") && !/^\/(usr\/)?s?bin\/[^/]+$/.test(head)) return true;
      const name = inv.name;
      if (name !== "git" && (MAY_COMPILE.has(name) || /^(pip|python)3\.\d+$/.test(name))) return true;
    }
  }
  return false;
}
var BUILD_TOOLS = /* @__PURE__ */ new Set(["gradle", "gradlew", "mvn", "mvnw", "ant", "make", "gmake", "cmake", "ninja", "meson", "bazel", "bazelisk", "sbt", "lein", "gcc", "g++", "cc", "c++", "clang", "javac"]);
function buildTool(run) {
  if (!run) return null;
  const exe = (commandWords(run.ins) ?? firstWord(run.ins))?.[0];
  const name = exe?.slice(exe.lastIndexOf("/") + 1);
  return name !== void 0 && BUILD_TOOLS.has(name) ? name : null;
}
function firstWord(ins) {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith("[")) return null;
  const w = raw.split(/\s+/)[0];
  return w && /^[\w./@+-]+$/.test(w) ? [w] : null;
}
function commandWords(ins) {
  if (!ins) return null;
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith("[")) {
    try {
      const parsed = JSON.parse(raw);
      return Array.isArray(parsed) && parsed.every((x) => typeof x === "string") ? parsed : null;
    } catch {
      return null;
    }
  }
  return /[$"'\\`;&|<>]/.test(raw) ? null : raw.split(/\s+/).filter(Boolean);
}
function devDependencyPaths(ctx, copies, split, dir) {
  if (!ctx.context) return null;
  const copied = copies.some((c) => c.index < split && c.ins.args.some((a) => a.value === "package-lock.json" || a.value?.endsWith("/package-lock.json")) && (c.region === dir || c.region === `${dir}/package-lock.json`));
  if (!copied) return null;
  const text = ctx.context.read("package-lock.json");
  if (text === null) return null;
  let lock;
  try {
    lock = JSON.parse(text);
  } catch {
    return null;
  }
  if (!lock.packages || (lock.lockfileVersion ?? 1) < 2) return null;
  const entries = Object.entries(lock.packages).filter(([key]) => key !== "");
  if (entries.some(([key, v]) => v.link || !key.startsWith("node_modules/"))) return null;
  const binDir = (key) => `${key.slice(0, key.lastIndexOf("node_modules/"))}node_modules/.bin`;
  const bins = (key, v) => v.bin === void 0 ? [] : typeof v.bin === "string" ? [key.slice(key.lastIndexOf("/") + 1)] : Object.keys(v.bin);
  const prodBins = new Set(entries.filter(([, v]) => !v.dev).flatMap(([key, v]) => bins(key, v).map((b) => `${binDir(key)}/${b}`)));
  const paths = [];
  const names = [];
  for (const [key, v] of entries) {
    if (!v.dev) continue;
    if (entries.some(([other, o]) => o.dev && other !== key && key.startsWith(`${other}/`))) continue;
    paths.push(normalizePath2(`${dir}/${key}`));
    if (key.lastIndexOf("node_modules/") === 0) names.push(key.slice("node_modules/".length));
    for (const b of bins(key, v)) {
      const link = `${binDir(key)}/${b}`;
      if (prodBins.has(link)) return null;
      paths.push(normalizePath2(`${dir}/${link}`));
    }
  }
  if (paths.some((p) => /[\s'"\\$`*?[]/.test(p))) return null;
  return { paths, names };
}
function lineEnd(text, end) {
  if (text[end - 1] === "\n") return end;
  if (text.startsWith("\r\n", end)) return end + 2;
  return text[end] === "\n" ? end + 1 : end;
}
function verbatim(doc, ins) {
  return ins.text.replace(/\r?\n$/, "");
}
function pathArgs(p) {
  return /[\s"'\\$]/.test(p) ? JSON.stringify([p, p]) : `${p} ${p}`;
}
function shellQuote2(s) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function minimalKeeps(keeps) {
  const sorted = [...keeps].sort((a, b) => a.path.length - b.path.length);
  const out2 = [];
  for (const k of sorted) {
    const outer = out2.find((o) => isWithin(k.path, o.path));
    if (outer) {
      if (outer.path === k.path && outer.kind !== k.kind && k.kind === "dir") outer.kind = "dir";
      continue;
    }
    out2.push({ ...k });
  }
  return keeps.map((k) => out2.find((o) => o.path === k.path)).filter((k, i, all) => !!k && all.indexOf(k) === i);
}
var TRANSIENT = [/^\/tmp(\/|$)/, /^\/var\/tmp(\/|$)/, /^\/var\/cache(\/|$)/, /^\/var\/lib\/apt(\/|$)/, /^\/var\/log(\/|$)/, /\/\.cache(\/|$)/, /\/\.npm(\/|$)/, /\/\.bundle\/cache(\/|$)/, /^\/dev\//, /^\/proc\//];
function addKeep(state, k) {
  if (TRANSIENT.some((re) => re.test(k.path))) return;
  state.keeps.push({ ...k, at: state.at, user: state.user });
}
function expand2(text, vars) {
  if (!text.includes("$")) return text;
  return expandWord({ text, value: null, start: 0, end: 0 }, vars);
}
function globalArgs2(doc) {
  const out2 = /* @__PURE__ */ new Map();
  for (const ins of doc.instructions) {
    if (ins.keyword === "FROM") break;
    if (ins.keyword === "ARG") for (const a of readAssignments(ins)) out2.set(a.name, a.value);
  }
  return out2;
}
function carryArg(raw, resolved, runtimeImage) {
  const refs = [...raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}?/g)];
  if (refs.length !== 1) return null;
  const ref = refs[0];
  const pre = raw.slice(0, ref.index);
  const post = raw.slice(ref.index + ref[0].length);
  if (pre.lastIndexOf(":") <= pre.lastIndexOf("/") || /[:/@]/.test(post)) return null;
  if (!resolved.startsWith(pre) || !resolved.endsWith(post) || resolved.length < pre.length + post.length) return null;
  const value = resolved.slice(pre.length, resolved.length - post.length);
  const samples = ["99", "99.9", "99.9.9"];
  const tagStart = runtimeImage.lastIndexOf(":") + 1;
  const at = value === "" ? -1 : runtimeImage.indexOf(value, tagStart);
  if (at < 0 || runtimeImage.indexOf(value, at + 1) >= 0) {
    return samples.every((v) => runtimeBase(pre + v + post)?.image === runtimeImage) ? runtimeImage : null;
  }
  const head = runtimeImage.slice(0, at);
  const tail = runtimeImage.slice(at + value.length);
  return samples.every((v) => runtimeBase(pre + v + post)?.image === head + v + tail) ? head + ref[0] + tail : null;
}
function resolveImage2(image, globals) {
  return image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n, d) => globals.get(n) ?? d ?? "$");
}
function contextIsFile2(ctx, src2) {
  if (!ctx.context || src2.includes("$")) return null;
  try {
    return fs5.statSync(path7.join(ctx.context.dir, src2)).isFile();
  } catch {
    return null;
  }
}
function planRun(doc, ins, state) {
  if (ins.json) return { why: `the exec-form RUN at line ${ins.line}: the pass does not know what it writes` };
  const script = ins.shell?.script;
  if (!script) return { why: ins.shell?.opaqueReason ?? `the RUN at line ${ins.line} cannot be read` };
  if (script.hasError) return { why: `the RUN at line ${ins.line} does not parse as shell` };
  const cwdAtStart = state.cwd;
  const virtualEnvAtStart = state.vars.get("VIRTUAL_ENV");
  const verdicts = [];
  const stmts = script.statements;
  for (let i = 0; i < stmts.length; i++) {
    let j = i;
    while (j + 1 < stmts.length && stmts[j + 1].before === "||") j++;
    const group = stmts.slice(i, j + 1);
    const vs = group.map((st) => statementVerdict(doc, ins, st, script.commands, state));
    i = j;
    const bad = vs.find((v) => v.kind === "skip");
    if (bad) return { why: `the RUN at line ${ins.line}: ${bad.why}` };
    for (const v of vs) if (v.kind === "build" || v.kind === "replay") record(state, v);
    if (group.length === 1) {
      verdicts.push(vs[0]);
      continue;
    }
    const first = vs[0];
    if (first.kind === "replay" || first.kind === "apt-housekeeping") {
      const texts = group.map((st) => statementText(doc, st.start, st.end));
      verdicts.push({ ...first, text: texts.join(" || ") });
    } else {
      const replays = vs.some((v) => v.kind === "replay");
      if (replays) return { why: `the RUN at line ${ins.line}: a "||" fallback mixes build steps and runtime set-up` };
      verdicts.push({ kind: "build", keeps: vs.flatMap((v) => v.kind === "build" ? v.keeps : []) });
    }
  }
  state.cwd = cwdAtStart;
  state.pendingVenvs = [];
  if (virtualEnvAtStart === void 0) state.vars.delete("VIRTUAL_ENV");
  else state.vars.set("VIRTUAL_ENV", virtualEnvAtStart);
  const written = state.pendingKeeps;
  state.pendingKeeps = [];
  for (const k of written) addKeep(state, k);
  return { ins, statements: verdicts };
}
function record(state, v) {
  for (const r of v.removes ?? []) {
    state.keeps = state.keeps.filter((k) => !isWithin(k.path, r));
    state.pendingKeeps = state.pendingKeeps.filter((k) => !isWithin(k.path, r));
    state.removed.push({ path: r, at: state.at });
  }
  if (v.kind === "build") state.pendingKeeps.push(...v.keeps);
}
function rmWord(w, state) {
  const home2 = state.vars.get("HOME") ?? (state.user === "root" || state.user === "0" ? "/root" : null);
  const gemHome = state.vars.get("GEM_HOME") ?? (state.ruby ? "/usr/local/bundle" : null);
  const t = w.text;
  const gem2 = /^(?:"\$\(gem env gemdir\)"|\$\(gem env gemdir\))(\/[^\s"'$`\\]*)?$/.exec(t);
  if (gem2) return gemHome === null ? null : `${gemHome}${gem2[1] ?? ""}`;
  if (/^~(\/[^\s"'$`\\]*)?$/.test(t)) return home2 === null ? null : `${home2}${t.slice(1)}`;
  return expandWord(w, state.vars);
}
function statementText(doc, start, end, cut = []) {
  let text = "";
  let pos = start;
  for (const c of [...cut].sort((a, b) => a.start - b.start || a.end - b.end)) {
    text += doc.text.slice(pos, c.start) + (c.text ?? "");
    pos = c.end;
  }
  text += doc.text.slice(pos, end);
  const esc = doc.escape.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((l, i) => i === 0 || !/^\s*#/.test(l));
  return kept.join("\n").replace(new RegExp(`${esc}\\n[ \\t]*`, "g"), " ").replace(/[ \t]{2,}/g, " ").trim();
}
function statementVerdict(doc, ins, st, commands, state) {
  const inside = commands.filter((c) => c.start >= st.start && c.end <= st.end && c.words.length > 0);
  const text = statementText(doc, st.start, st.end);
  if (st.type === "variable_assignment" || st.type === "declaration_command") {
    const decl = inside[0] ? invocation(inside[0]) : null;
    if (decl && decl.name === "export") commandVerdict(doc, ins, inside[0], state, false);
    return { kind: "prelude", text };
  }
  if (st.type === "command" && inside.length === 1) {
    const inv = invocation(inside[0]);
    if (inv?.name === "set") return { kind: "prelude", text };
  }
  if (st.type === "redirected_statement" && inside.length === 1 && inside[0].start === st.start) {
    const cmd = inside[0];
    const targets = [...doc.text.slice(cmd.end, st.end).matchAll(/(?:^|\s)(?:\d*>>?|&>>?)\s*(\S+)/g)].map((m) => m[1]);
    const inv = invocation(cmd);
    const paths = targets.map((t) => expandWord({ text: t, value: /[$`"'\\]/.test(t) ? null : t, start: 0, end: 0 }, state.vars)).map((t) => t === null ? null : resolvePath(state.cwd, t));
    if (paths.some((p) => p === null)) return { kind: "skip", why: `a redirect to a file we cannot name` };
    const files = paths.filter((p) => !p.startsWith("/dev/") && !/^&?\d+$/.test(p));
    if (inv && NO_WRITE.has(inv.name) && files.length > 0 && files.every((p) => p.startsWith("/etc/"))) return { kind: "replay", text };
    const v = commandVerdict(doc, ins, cmd, state, false);
    if (v.kind === "build") return { kind: "build", keeps: [...v.keeps, ...files.map((p) => ({ path: p, kind: "file" }))], dropped: v.dropped };
    if (files.length === 0) return v.kind === "replay" || v.kind === "apt-housekeeping" ? { ...v, text } : v;
    return { kind: "skip", why: `"${inv?.name ?? "a command"}" with its output redirected to ${files[0]} mixes run-time set-up and build output` };
  }
  if (st.type !== "command" || inside.length !== 1 || inside[0].start !== st.start) {
    const covered2 = (i) => inside.some((c) => i >= c.start && i < c.end);
    let gaps = "";
    for (let i = st.start; i < st.end; i++) gaps += covered2(i) ? " " : doc.text[i];
    const targets = [...gaps.matchAll(/(?:^|[\s;&|])(?:\d*>>?|&>>?)\s*([^\s;&|()<>]+)/g)].map((m) => m[1]);
    const outside2 = targets.map((t) => expandWord({ text: t, value: /[$`"'\\]/.test(t) ? null : t, start: 0, end: 0 }, state.vars)).map((t) => t === null ? null : resolvePath(state.cwd, t));
    if (outside2.some((p) => p === null)) return { kind: "skip", why: `a redirect to a file we cannot name inside a ${st.type.replace(/_/g, " ")}` };
    const redirected = outside2.filter((p) => !p.startsWith("/dev/") && !/^&?\d+$/.test(p));
    if (redirected.length > 0 && redirected.every((p) => p.startsWith("/etc/")) && inside.every((c) => {
      const n = invocation(c)?.name;
      return (n === "echo" || n === "printf") && c.redirects.every((r) => !/^\d*>|^&>/.test(r.text.trim()) || /^\/etc\//.test(r.target?.value ?? ""));
    })) {
      return { kind: "replay", text };
    }
    const keeps = redirected.map((p) => ({ path: p, kind: "file" }));
    const removes = [];
    for (const c of inside) {
      const v = commandVerdict(doc, ins, c, state, true);
      if (v.kind === "skip") return v;
      if (v.kind !== "build") return { kind: "skip", why: `"${invocation(c)?.name ?? "a command"}" inside a ${st.type.replace(/_/g, " ")} cannot be split from the build steps around it` };
      const lost = (v.removes ?? []).find((r) => [...state.keeps, ...state.pendingKeeps, ...keeps].some((k) => isWithin(k.path, r)));
      if (lost !== void 0) return { kind: "skip", why: `"${invocation(c)?.name}" removes ${lost}, which the build wrote, inside a ${st.type.replace(/_/g, " ")}: the pass cannot tell whether it is there to copy` };
      keeps.push(...v.keeps);
      removes.push(...v.removes ?? []);
    }
    return { kind: "build", keeps, ...removes.length ? { removes } : {} };
  }
  return commandVerdict(doc, ins, inside[0], state, false);
}
function commandVerdict(doc, ins, cmd, state, nested2) {
  const inv = invocation(cmd);
  if (!inv) return { kind: "skip", why: "a command with a dynamic name" };
  const name = inv.name;
  const text = () => statementText(doc, cmd.start, cmd.end);
  const keeps = [];
  for (const r of cmd.redirects) {
    if (!/^\d*>|^&>/.test(r.text.trim())) continue;
    const t = r.target ? expandWord(r.target, state.vars) : null;
    if (t !== null && (/^&?\d+$/.test(t) || t.startsWith("/dev/"))) continue;
    if (t === null) return { kind: "skip", why: `a redirect to a file we cannot name (${r.text})` };
    const p = resolvePath(state.cwd, t);
    if (p === null) return { kind: "skip", why: `a redirect to ${t} in an unknown working directory` };
    keeps.push({ path: p, kind: "file" });
  }
  const values2 = inv.args.map((w) => expandWord(w, state.vars));
  const at = (v) => v === null ? null : resolvePath(state.cwd, v);
  const cwdKeep = (what, extra = {}) => {
    if (state.cwd === null) return { kind: "skip", why: `"${what}" runs in an unknown working directory` };
    return { kind: "build", keeps: [...keeps, { path: state.cwd, kind: "dir", ...extra }] };
  };
  const build = (extra = []) => ({ kind: "build", keeps: [...keeps, ...extra] });
  if (name === "apt-get" || name === "apt" || name === "aptitude") {
    const sub = subcommand(inv.args, /* @__PURE__ */ new Set(["-o", "-c", "-t", "--target-release"]));
    if (sub === "install") return aptInstall(doc, cmd, inv, state, nested2);
    if (sub === "update" || sub === "clean" || sub === "autoclean") return { kind: "apt-housekeeping", text: text() };
    if (sub === "purge" || sub === "remove") return removePackages(doc, cmd, inv, /* @__PURE__ */ new Set(["-o", "-c", "-t", "--target-release"]), state);
    if (nested2) return { kind: "skip", why: `${name} ${sub ?? ""} inside a compound command` };
    return { kind: "replay", text: text(), apt: true };
  }
  if (name === "apt-mark") return nested2 ? { kind: "skip", why: "apt-mark inside a compound command" } : { kind: "replay", text: text(), apt: true };
  if (name === "dpkg") {
    if (values2.some((v) => v === "--add-architecture" || v === "--remove-architecture")) return nested2 ? { kind: "skip", why: "dpkg inside a compound command" } : { kind: "replay", text: text(), apt: true };
    if (values2.some((v) => v !== null && /^(-l|-L|-s|-S|--list|--listfiles|--status|--search|--print-architecture|--print-foreign-architectures|--get-selections|--compare-versions)$/.test(v))) return build();
    return { kind: "skip", why: "dpkg installs or removes packages from files the runtime stage does not have" };
  }
  if (name === "find") {
    const acts = values2.some((v) => v !== null && /^-(exec|execdir|ok|okdir|fprint|fprintf|fls)$/.test(v));
    const deletes = values2.includes("-delete");
    if (!acts && !deletes) return build();
    const starts = values2.slice(0, Math.max(0, values2.findIndex((v) => v === null || v.startsWith("-") || v === "(" || v === "!"))).map(at);
    if (!acts && starts.length > 0 && starts.every((p) => p !== null && (TRANSIENT.some((re) => re.test(p)) || state.keeps.some((k) => isWithin(p, k.path))))) return build();
    const actions = values2.filter((v) => v !== null && /^-(exec|execdir|ok|okdir|fprint|fprintf|fls|delete)$/.test(v));
    const program3 = values2[values2.indexOf("-exec") + 1];
    if (actions.length === 1 && actions[0] === "-exec" && program3 && ["chown", "chgrp", "chmod"].includes(program3) && starts.length > 0 && starts.every((p) => p !== null)) {
      const spec = program3 === "chown" || program3 === "chgrp" ? values2.slice(values2.indexOf("-exec") + 2).find((v) => v !== null && !v.startsWith("-")) ?? null : null;
      const op = program3;
      return build(starts.map((p) => ({ path: p, kind: "dir", meta: { op, spec: op === "chmod" ? null : spec, recursive: true } })));
    }
    return { kind: "skip", why: '"find" with -exec or -delete outside the paths the build wrote' };
  }
  if (name === "apk") {
    const sub = subcommand(inv.args, /* @__PURE__ */ new Set(["-X", "--repository", "-t", "--virtual", "-p", "--root"]));
    if (sub === "add") return apkAdd(doc, cmd, inv, state);
    if (sub === "update" || sub === "cache" && values2.includes("clean")) return { kind: "apt-housekeeping", text: text() };
    if (sub === "del") return removePackages(doc, cmd, inv, /* @__PURE__ */ new Set(["-X", "--repository", "-p", "--root"]), state);
    return { kind: "replay", text: text(), apt: true };
  }
  if (USER_COMMANDS.has(name) || SYSTEM_CONFIG.has(name)) {
    if (nested2) return { kind: "skip", why: `${name} inside a compound command` };
    return { kind: "replay", text: text() };
  }
  if (name === "rm" || name === "rmdir" || name === "unlink") {
    const ops = positionals(inv.args).map((w) => at(rmWord(w, state)));
    if (ops.some((p) => p === null)) return { kind: "skip", why: `${name} of a path we cannot name` };
    const paths = ops;
    if (paths.every((p) => /^\/var\/lib\/apt\/lists|^\/var\/cache\/apt/.test(p))) return { kind: "apt-housekeeping", text: text() };
    const written = [...state.keeps, ...state.pendingKeeps, ...keeps];
    const gone = (p) => TRANSIENT.some((re) => re.test(p)) || written.some((k) => isWithin(p, k.path));
    const removes = paths.filter((p) => !TRANSIENT.some((re) => re.test(p)) && written.some((k) => isWithin(p, k.path) || isWithin(k.path, p)));
    if (paths.every(gone)) return { kind: "build", keeps, removes };
    if (nested2) return { kind: "skip", why: `${name} of ${paths.find((p) => !gone(p))} (a base image file) inside a compound command` };
    return { kind: "replay", text: text(), removes };
  }
  if (name === "cd") {
    const target = values2[0] ?? null;
    if (nested2) return build();
    state.cwd = target === null ? null : resolvePath(state.cwd, target);
    return build();
  }
  if (name === "export") {
    for (const v of values2) {
      if (v === null) continue;
      const eq = v.indexOf("=");
      if (eq > 0) state.vars.set(v.slice(0, eq), v.slice(eq + 1));
    }
    return build();
  }
  if (NO_WRITE.has(name) && !(name === "env" && positionals(inv.args).length > 0)) return build();
  if (name === "mkdir" || name === "touch") {
    const out2 = [];
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) return { kind: "skip", why: `${name} of a path we cannot name` };
      if (v === "-m" || v === "--mode") {
        i++;
        continue;
      }
      if (v.startsWith("-")) continue;
      const p = at(v);
      if (p === null) return { kind: "skip", why: `${name} of a relative path in an unknown working directory` };
      out2.push({ path: p, kind: name === "mkdir" ? "dir" : "file" });
    }
    return build(out2);
  }
  if (name === "chown" || name === "chgrp" || name === "chmod") {
    const pos = positionals(inv.args, /* @__PURE__ */ new Set(["--reference", "--from"]));
    const recursive = inv.args.some((w) => w.value !== null && (/^-[a-zA-Z]*R/.test(w.value) || w.value === "--recursive"));
    const out2 = [];
    const reference = inv.args.some((w) => w.value !== null && w.value.startsWith("--reference"));
    const spec = reference || !pos[0] ? null : expandWord(pos[0], state.vars);
    for (const w of pos.slice(1)) {
      const p = at(expandWord(w, state.vars));
      if (p === null) return { kind: "skip", why: `${name} of a path we cannot name` };
      out2.push({ path: p, kind: recursive ? "dir" : "unknown", meta: { op: name, spec, recursive } });
    }
    return build(out2);
  }
  if (name === "ln") {
    const symbolic = inv.args.some((w) => w.value !== null && (/^-[a-zA-Z]*s/.test(w.value) || w.value === "--symbolic"));
    if (!symbolic) return { kind: "skip", why: "a hard link (ln without -s)" };
    const ops = positionals(inv.args, /* @__PURE__ */ new Set(["-t", "--target-directory", "-S", "--suffix"]));
    const linkPath = ops.length >= 2 ? at(expandWord(ops[ops.length - 1], state.vars)) : null;
    if (linkPath !== null && state.keeps.concat(keeps).some((k) => isWithin(linkPath, k.path))) return build();
    if (nested2) return { kind: "skip", why: "ln -s inside a compound command" };
    return { kind: "replay", text: text() };
  }
  if (name === "sed") {
    const inPlace = values2.some((v) => v !== null && (/^-[a-zA-Z]*i/.test(v) || v.startsWith("--in-place")));
    if (!inPlace) return build();
    const operands = positionals(inv.args, /* @__PURE__ */ new Set(["-e", "-f", "--expression", "--file"]));
    const hasScript = values2.some((v) => v === "-e" || v === "-f" || v?.startsWith("--expression") || v?.startsWith("--file"));
    const files = (hasScript ? operands : operands.slice(1)).map((w) => at(expandWord(w, state.vars)));
    if (files.some((f) => f === null)) return { kind: "skip", why: "sed -i on files we cannot name" };
    return build(files.map((p) => ({ path: p, kind: "file" })));
  }
  if (name === "perl" && values2.some((v) => v !== null && /^-[a-zA-Z0-9]*i/.test(v))) {
    const files = [];
    let code = false;
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v !== null && v.startsWith("-") && v !== "-") {
        if (/^-[a-zA-Z0-9]*[eE]$/.test(v) && !/^-[a-zA-Z0-9]*i/.test(v.slice(0, -1))) {
          code = true;
          i++;
        }
        continue;
      }
      if (!code) return { kind: "skip", why: "perl -i runs a script the pass does not read" };
      files.push(at(v));
    }
    if (files.length === 0 || files.some((f) => f === null)) return { kind: "skip", why: "perl -i on files we cannot name" };
    return build(files.map((p) => ({ path: p, kind: "file" })));
  }
  if (name === "cp" || name === "mv" || name === "install" || name === "rsync") {
    const tIndex = values2.findIndex((v) => v === "-t" || v === "--target-directory");
    const target = tIndex >= 0 ? values2[tIndex + 1] ?? null : positionals(inv.args).map((w) => expandWord(w, state.vars)).pop() ?? null;
    const p = at(target);
    if (p === null) return { kind: "skip", why: `${name} to a path we cannot name` };
    return build([{ path: p, kind: "unknown" }]);
  }
  if (name === "curl" || name === "wget") {
    const out2 = [];
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) continue;
      if (v === "-o" || v === "--output" || name === "wget" && (v === "-O" || v === "--output-document")) {
        const p = at(values2[i + 1] ?? null);
        if (p === null) return { kind: "skip", why: `${name} into a file we cannot name` };
        if (p !== "/dev/stdout" && values2[i + 1] !== "-") out2.push({ path: p, kind: "file" });
        i++;
        continue;
      }
      const attached = /^(?:-o|--output=|--output-document=)(.+)$/.exec(v) ?? (name === "wget" ? /^-O(.+)$/.exec(v) : /^-[a-zA-Z]*o(.+)$/.exec(v));
      if (attached) {
        const p = at(attached[1]);
        if (p === null) return { kind: "skip", why: `${name} into a file we cannot name` };
        if (attached[1] !== "-") out2.push({ path: p, kind: "file" });
        continue;
      }
      if (name === "curl" && (v === "-O" || v === "--remote-name" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(v)) || name === "wget" && !values2.some((x) => x === "-O" || x === "-qO-" || x?.startsWith("-O"))) {
        return cwdKeep(name);
      }
    }
    return build(out2);
  }
  if (name === "tar" || name === "unzip") {
    const dirFlag = name === "tar" ? ["-C", "--directory"] : ["-d"];
    let dir;
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v !== null && dirFlag.includes(v)) dir = values2[i + 1] ?? null;
      else if (v !== null && v.startsWith("--directory=")) dir = v.slice("--directory=".length);
    }
    const extracting = name === "unzip" || values2.some((v) => v !== null && (/^-?[a-zA-Z]*x/.test(v) || v === "--extract" || v === "--get"));
    if (!extracting) {
      const fIndex = values2.findIndex((v) => v !== null && /^-?[a-zA-Z]*f$/.test(v));
      const archive = fIndex >= 0 ? at(values2[fIndex + 1] ?? null) : null;
      return archive ? build([{ path: archive, kind: "file" }]) : build();
    }
    if (dir === void 0) return cwdKeep(name);
    const p = at(dir);
    if (p === null) return { kind: "skip", why: `${name} into a directory we cannot name` };
    return build([{ path: p, kind: "dir" }]);
  }
  if ((name === "python" || name === "python3" || /^python3\.\d+$/.test(name)) && values2[0] === "-m") {
    const mod = values2[1];
    if (mod === "venv" || mod === "virtualenv") return venvKeep(inv, values2.slice(2), state, build);
    const writes = mod ? MODULE_DOWNLOADS[mod] : void 0;
    if (writes) return { kind: "skip", why: `"${name} -m ${mod}" downloads outside the working directory (${writes})` };
    if (mod === "pip") return pipVerdict(inv, values2.slice(2), state, build, cwdKeep);
    if (mod === "compileall") {
      const targets = values2.slice(2).filter((v) => v === null || !v.startsWith("-"));
      if (targets.length === 0) return cwdKeep(`${name} -m compileall`);
      const paths = targets.map(at);
      if (paths.some((p) => p === null)) return { kind: "skip", why: "compileall of a path we cannot name" };
      return build(paths.map((p) => ({ path: p, kind: "unknown" })));
    }
    return cwdKeep(`${name} -m ${mod ?? ""}`);
  }
  if (name === "virtualenv") return venvKeep(inv, values2, state, build);
  if (name === "pip" || name === "pip3" || /^pip3\.\d+$/.test(name)) return pipVerdict(inv, values2, state, build, cwdKeep);
  if (name === "npm" || name === "yarn" || name === "pnpm" || name === "bun") {
    const sub = values2.find((v) => v !== null && !v.startsWith("-")) ?? null;
    const global = values2.some((v) => v === "-g" || v === "--global" || v === "--location=global") || sub === "global";
    if (sub === "cache" || sub === "config" && values2.includes("get")) return build();
    if (sub === "config" || sub === "set" || sub === "login" || sub === "adduser") return { kind: "skip", why: `${name} ${sub} writes the user's configuration` };
    if (global) {
      const flagAt = values2.findIndex((v) => v === "--prefix" || v !== null && v.startsWith("--prefix="));
      const envName = (m) => [...m.keys()].find((k) => k.toLowerCase() === "npm_config_prefix");
      const fromCmd = envName(inv.env);
      const fromState = envName(state.vars);
      const prefix = name !== "npm" ? void 0 : flagAt >= 0 ? values2[flagAt] === "--prefix" ? values2[flagAt + 1] ?? null : values2[flagAt].slice("--prefix=".length) : fromCmd !== void 0 ? inv.env.get(fromCmd) ?? null : fromState !== void 0 ? state.vars.get(fromState) ?? null : void 0;
      if (prefix === void 0) return build([{ path: "/usr/local", kind: "dir" }]);
      const p = prefix === null ? null : resolvePath(state.cwd, prefix);
      return p === null ? { kind: "skip", why: `${name} installs globally into a prefix we cannot name` } : build([{ path: p, kind: "dir" }]);
    }
    const named = positionals(inv.args, /* @__PURE__ */ new Set(["--omit", "--include", "--registry", "--cache", "--prefix", "--workspace", "-w", "--filter", "--network-timeout"])).slice(1);
    const installSub = sub === "ci" || sub === "install" || sub === "i" || name === "yarn" && sub === null;
    if (installSub && named.length === 0) return cwdKeep(`${name} ${sub ?? ""}`.trim(), { nodeModules: name });
    const script = sub === "run" || sub === "run-script" ? values2.filter((v) => v !== null && !v.startsWith("-"))[1] ?? null : sub;
    if (script === "build" && (sub === "run" || sub === "run-script" || name !== "npm")) return cwdKeep(`${name} ${sub ?? ""}`.trim(), { nodeBuild: true });
    return cwdKeep(`${name} ${sub ?? ""}`.trim());
  }
  if (name === "go") {
    const sub = values2[0] ?? null;
    if (sub === "build") {
      const oIndex = values2.findIndex((v) => v === "-o");
      const attached = values2.find((v) => v !== null && v.startsWith("-o="));
      const out2 = oIndex >= 0 ? values2[oIndex + 1] ?? null : attached ? attached.slice(3) : void 0;
      if (out2 === void 0) return cwdKeep("go build");
      const p = at(out2);
      if (p === null) return { kind: "skip", why: "go build -o a path we cannot name" };
      return build([{ path: p, kind: out2 !== null && out2.endsWith("/") ? "dir" : "file", goBinary: out2 !== null && !out2.endsWith("/") }]);
    }
    if (sub === "install") {
      const gobin = state.vars.get("GOBIN") ?? null;
      const gopath = state.vars.get("GOPATH") ?? (state.golang ? "/go" : state.user === "root" ? "/root/go" : null);
      const dir = gobin ?? (gopath ? `${gopath.split(":")[0]}/bin` : null);
      if (dir === null) return { kind: "skip", why: "go install into an unknown GOPATH" };
      return build([{ path: normalizePath2(dir), kind: "dir" }]);
    }
    if (sub === "clean" && values2.some((v) => v === "-cache" || v === "-modcache" || v === "-testcache" || v === "-fuzzcache")) return build();
    if (sub === "vet" || sub === "test" || sub === "version" || sub === "env" || sub === "list" || sub === "mod" && (values2[1] === "download" || values2[1] === "verify" || values2[1] === "graph")) return build();
    return cwdKeep(`go ${sub ?? ""}`.trim());
  }
  const installStep = installTarget(name, values2);
  if (installStep) return { kind: "skip", why: `"${installStep}" installs files anywhere` };
  if (name === "cargo" && values2[0] === "install") return { kind: "skip", why: '"cargo install" installs outside the project' };
  if ((name === "sh" || name === "bash" || name === "dash" || name === "zsh") && (values2.includes("-c") || values2.includes("-s") || values2.length === 0)) {
    return { kind: "skip", why: `"${name}${values2.includes("-c") ? " -c" : ""}" runs a script the pass does not read` };
  }
  if ((name === "source" || name === ".") && values2.length === 1 && values2[0] !== null) {
    const script = at(values2[0]);
    const venv = script?.endsWith("/bin/activate") ? script.slice(0, -"/bin/activate".length) : null;
    if (venv && (state.keeps.some((k) => k.venv && k.path === venv) || state.pendingVenvs.includes(venv))) {
      state.vars.set("VIRTUAL_ENV", venv);
      return build();
    }
  }
  if (name === "eval" || name === "source" || name === "." || name === "exec" || name === "xargs" || name === "sudo" || name === "su") return { kind: "skip", why: `"${name}" runs commands the pass does not read` };
  if (name === "gem" && ["env", "environment", "list", "query", "which", "contents", "specification", "help", "--version", "-v"].includes(values2[0] ?? "")) return build();
  if ((name === "bundle" || name === "bundler") && values2[0] === "config") {
    const words = values2.slice(1).filter((v) => v === null || !v.startsWith("--"));
    const key = words[0] === "set" ? 1 : 0;
    if (words[key] === "path" || words[key] === "BUNDLE_PATH") state.vars.set("BUNDLE_PATH", words[key + 1] ?? null);
  }
  if ((name === "bundle" || name === "bundler" || name === "gem") && (values2[0] === "install" || values2[0] === "update")) {
    const gemHome = state.vars.get("GEM_HOME") ?? (state.ruby ? "/usr/local/bundle" : null);
    if (gemHome === null) return { kind: "skip", why: `${name} install into the system gem directory` };
    const extra = [{ path: normalizePath2(gemHome), kind: "dir" }];
    if (state.ruby) extra.push({ path: "/usr/local/bin", kind: "dir" });
    if (name === "gem") return build(extra);
    const flagAt = values2.findIndex((v) => v === "--path" || v !== null && v.startsWith("--path="));
    const bundlePath = flagAt >= 0 ? values2[flagAt] === "--path" ? values2[flagAt + 1] ?? null : values2[flagAt].slice("--path=".length) : inv.env.has("BUNDLE_PATH") ? inv.env.get("BUNDLE_PATH") ?? null : state.vars.has("BUNDLE_PATH") ? state.vars.get("BUNDLE_PATH") ?? null : void 0;
    if (bundlePath !== void 0) {
      const p = bundlePath === null ? null : resolvePath(state.cwd, bundlePath);
      if (p === null) return { kind: "skip", why: `${name} install into a BUNDLE_PATH we cannot name` };
      extra.push({ path: p, kind: "dir" });
    }
    const inCwd = cwdKeep(name);
    return inCwd.kind === "build" ? { kind: "build", keeps: [...inCwd.keeps, ...extra] } : inCwd;
  }
  if ((name === "python" || name === "python3" || /^python3\.\d+$/.test(name)) && values2[0] === "setup.py" && values2.some((v) => v === "install" || v === "develop")) {
    return { kind: "skip", why: '"setup.py install" installs into site-packages' };
  }
  const inline = inlineCode(name, values2);
  if (inline) return { kind: "skip", why: `"${inline}" runs code the pass does not read (it may write anywhere: ${name === "node" ? "fs.writeFileSync() to any path" : "nltk.download() writes ~/nltk_data"})` };
  if (name === "npx") {
    const tool = values2.find((v) => v === null || !v.startsWith("-"));
    const writes = tool ? NPX_DOWNLOADS[tool.replace(/@[^@/]*$/, "")] : void 0;
    const sub = tool ? values2[values2.indexOf(tool) + 1] : void 0;
    if (writes && (sub === "install" || sub === "install-deps" || sub === "browsers")) return { kind: "skip", why: `"npx ${tool} ${sub}" downloads outside the working directory (${writes})` };
  }
  if (RUNS_IN_CWD.has(name)) {
    const inCwd = cwdKeep(name, name === "tsc" || name === "npx" && values2[0] === "tsc" ? { nodeBuild: true } : {});
    if (inCwd.kind !== "build") return inCwd;
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) continue;
      const m = /^(--outDir|--out-dir|--outdir|--output|--out|--dest|--destination|--prefix|--target-dir|--install-dir)(?:=(.*))?$/.exec(v);
      const short = (v === "-o" || v === "-d") && name !== "go" && name !== "python" && name !== "python3" && name !== "node";
      if (!m && !short) continue;
      const value = m?.[2] ?? values2[i + 1] ?? null;
      const p = at(value);
      if (p === null) return { kind: "skip", why: `${name} ${v} into a path we cannot name` };
      inCwd.keeps.push({ path: p, kind: "unknown" });
      if (m?.[2] === void 0) i++;
    }
    return inCwd;
  }
  const program2 = cmd.words[cmd.words.length - inv.args.length - 1]?.value ?? "";
  if (program2.includes("/") && state.cwd !== null) {
    const p = resolvePath(state.cwd, program2);
    if (p !== null && isWithin(p, state.cwd) && state.cwd !== "/") return cwdKeep(program2);
    if (p !== null && state.keeps.some((k) => isWithin(p, k.path))) return cwdKeep(program2);
  }
  if ((name === "sh" || name === "bash") && values2[0] && !values2[0].startsWith("-") && state.cwd !== null && state.cwd !== "/") return cwdKeep(`${name} ${values2[0]}`);
  return { kind: "skip", why: `"${name}": the pass does not know which files it writes` };
}
var IMPORT_CHECK = /^(import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+(\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+[\w*]+(\s*,\s*\w+)*|print\([^()]*(\([^()]*\))?[^()]*\)|pass)$/;
var NPX_DOWNLOADS = {
  playwright: "browsers into ~/.cache/ms-playwright, with --with-deps or install-deps system packages",
  cypress: "the Cypress binary into ~/.cache/Cypress",
  puppeteer: "browsers into ~/.cache/puppeteer"
};
var MODULE_DOWNLOADS = {
  "nltk.downloader": "~/nltk_data, or its -d directory",
  "textblob.download_corpora": "~/nltk_data",
  playwright: "browsers into ~/.cache/ms-playwright, with install-deps system packages",
  spacy: "spacy download pip-installs the model into site-packages"
};
function inlineCode(name, values2) {
  const python = name === "python" || name === "python3" || /^python3\.\d+$/.test(name);
  const flags = python ? ["-c"] : name === "node" ? ["-e", "--eval", "-p", "--print"] : [];
  if (!flags.length) return null;
  const i = values2.findIndex((v) => v === null || !v.startsWith("-") || flags.includes(v));
  if (i < 0 || values2[i] === null || !flags.includes(values2[i])) return null;
  const code = values2[i + 1];
  if (python && code != null && code.split(/[;\n]/).map((t) => t.trim()).filter(Boolean).every((t) => IMPORT_CHECK.test(t))) return null;
  return `${name} ${values2[i]}`;
}
function installTarget(name, values2) {
  const targets = (flagsWithValue) => {
    const out2 = [];
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) continue;
      if (flagsWithValue.includes(v)) {
        i++;
        continue;
      }
      if (!v.startsWith("-") && !v.includes("=")) out2.push(v);
    }
    return out2;
  };
  if (name === "make" || name === "gmake" || name === "bmake") {
    const t = targets(["-C", "-f", "--file", "--makefile", "--directory", "-I", "--include-dir", "-j", "-l", "-o", "-W"]).find((x) => /install/i.test(x));
    return t ? `${name} ${t}` : null;
  }
  if (name === "ninja" || name === "samu") {
    const t = targets(["-C", "-f", "-j", "-k", "-l", "-d", "-t", "-w"]).find((x) => /install/i.test(x));
    return t ? `${name} ${t}` : null;
  }
  if (name === "cmake") {
    if (values2.includes("--install")) return "cmake --install";
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if ((v === "--target" || v === "-t") && /install/i.test(values2[i + 1] ?? "")) return `cmake --build --target ${values2[i + 1]}`;
      if (v !== null && /^--target=.*install/i.test(v)) return `cmake --build ${v}`;
    }
    return null;
  }
  if (name === "meson" && values2.find((v) => v !== null && !v.startsWith("-")) === "install") return "meson install";
  return null;
}
function venvKeep(inv, values2, state, build) {
  const target = values2.filter((v) => v === null || !v.startsWith("-")).pop();
  const p = target === void 0 ? null : target === null ? null : resolvePath(state.cwd, target);
  if (p === null) return { kind: "skip", why: `${inv.name}: a virtual environment we cannot name` };
  state.pendingVenvs.push(p);
  return build([{ path: p, kind: "dir", venv: true }]);
}
function pipVerdict(inv, values2, state, build, cwdKeep) {
  const sub = values2.find((v) => v !== null && !v.startsWith("-")) ?? null;
  if (sub !== "install" && sub !== "uninstall") return build();
  if (values2.some((v) => v === "-e" || v === "--editable")) return cwdKeep("pip install -e");
  const flagValue2 = (...names) => {
    for (let i = 0; i < values2.length; i++) {
      const v = values2[i];
      if (v === null) continue;
      if (names.includes(v)) return values2[i + 1] ?? null;
      for (const n of names) if (v.startsWith(`${n}=`)) return v.slice(n.length + 1);
    }
    return void 0;
  };
  const env = (name) => inv.env.has(name) ? inv.env.get(name) : state.vars.has(name) ? state.vars.get(name) : void 0;
  const target = flagValue2("-t", "--target", "--prefix") ?? env("PIP_TARGET") ?? env("PIP_PREFIX");
  if (target !== void 0) {
    const p = target === null ? null : resolvePath(state.cwd, target);
    return p === null ? { kind: "skip", why: "pip installs into a path we cannot name" } : build([{ path: p, kind: "dir" }]);
  }
  if (flagValue2("--root") !== void 0) return { kind: "skip", why: "pip install --root" };
  if (env("PIP_ROOT") !== void 0) return { kind: "skip", why: "pip install with PIP_ROOT set" };
  const program2 = inv.cmd.words[inv.cmd.words.length - inv.args.length - 1]?.value ?? "";
  const venvs = state.keeps.filter((k) => k.venv);
  if (program2.includes("/")) {
    const p = resolvePath(state.cwd, program2);
    if (p !== null && (state.keeps.some((k) => isWithin(p, k.path)) || state.pendingVenvs.some((v) => isWithin(p, v)))) return build();
  }
  const venvEnv = state.vars.get("VIRTUAL_ENV");
  if (venvEnv) return build([{ path: normalizePath2(venvEnv), kind: "dir" }]);
  const path8 = state.raw.get("PATH") ?? "";
  const firstVenv = path8.split(":").find((part) => venvs.some((k) => normalizePath2(part) === `${k.path}/bin`));
  if (firstVenv) return build();
  const pipUser = env("PIP_USER");
  if (pipUser === null) return { kind: "skip", why: "pip install with PIP_USER set to a value the pass cannot read" };
  if (values2.includes("--user") || pipUser !== void 0 && /^(1|true|yes|on)$/i.test(pipUser)) {
    const base2 = env("PYTHONUSERBASE");
    if (base2 === null) return { kind: "skip", why: "pip install --user with a PYTHONUSERBASE the pass cannot read" };
    if (base2 !== void 0) {
      const p = resolvePath(state.cwd, base2);
      return p === null ? { kind: "skip", why: "pip install --user into a path we cannot name" } : build([{ path: p, kind: "dir" }]);
    }
    if (state.user !== "root" && state.user !== "0") return { kind: "skip", why: `pip install --user as ${state.user}` };
    return build([{ path: "/root/.local", kind: "dir" }]);
  }
  if (state.systemPythonUnderUsrLib) return { kind: "skip", why: "pip installs into the system Python's site-packages under /usr/lib" };
  return build([{ path: "/usr/local", kind: "dir" }]);
}
function removePackages(doc, cmd, inv, flagsWithValue, state) {
  const pkgs = positionals(inv.args, flagsWithValue).slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: "skip", why: `${inv.name} removes a package named by a variable` };
  const gone = pkgs.filter((w) => isBuildOnlyPackage(w.value) || state.droppedNames.has(w.value) || w.value.startsWith("."));
  const purged = gone.flatMap((w) => state.virtuals.get(w.value) ?? [w.value]).map(packageName2);
  if (gone.length === pkgs.length) return { kind: "build", keeps: [], purged };
  return { kind: "replay", text: statementText(doc, cmd.start, cmd.end, gone.map((w) => ({ start: w.start, end: w.end }))), apt: true, purged };
}
function assumesYes(values2) {
  return values2.some((v, i) => v !== null && (/^--(yes|assume-yes)$/.test(v) || /^-[a-zA-Z]*y[a-zA-Z]*$/.test(v) || /^-[a-zA-Z]*qq[a-zA-Z]*$/.test(v) || /^(-q=|--quiet=)[2-9]$/.test(v) || /APT::Get::Assume-Yes=(1|true|yes)$/i.test(v) && (v.startsWith("-o") || v.startsWith("--option") || values2[i - 1] === "-o" || values2[i - 1] === "--option")));
}
function aptInstall(doc, cmd, inv, state, nested2) {
  const all = positionals(inv.args, /* @__PURE__ */ new Set(["-o", "-c", "-t", "--target-release"]));
  const pkgs = all.slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: "skip", why: "apt-get install of a package named by a variable" };
  const drop = pkgs.filter((w) => isBuildOnlyPackage(w.value));
  const names = drop.map((w) => w.value.replace(/[=:].*$/, ""));
  for (const n of names) state.droppedNames.add(n);
  if (drop.length === pkgs.length) return { kind: "build", keeps: [], dropped: names };
  if (nested2) return { kind: "skip", why: "apt-get install of run-time packages inside a compound command" };
  for (const w of pkgs) if (!drop.includes(w)) state.runtimePackages.add(packageName2(w.value));
  const yes = !assumesYes(inv.args.map((w) => w.value));
  const cuts = drop.map((w) => ({ start: w.start, end: w.end }));
  if (yes) cuts.push({ start: all[0].end, end: all[0].end, text: " -y" });
  return { kind: "replay", text: statementText(doc, cmd.start, cmd.end, cuts), apt: true, dropped: names, ...yes ? { yes: doc.lineOf(all[0].start) } : {} };
}
function apkAdd(doc, cmd, inv, state) {
  const virtual = inv.args.some((w) => w.value === "--virtual" || w.value === "-t" || w.value?.startsWith("--virtual="));
  const pkgs = positionals(inv.args, /* @__PURE__ */ new Set(["-X", "--repository", "-t", "--virtual", "-p", "--root"])).slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: "skip", why: "apk add of a package named by a variable" };
  if (virtual) {
    const i = inv.args.findIndex((w) => w.value === "--virtual" || w.value === "-t");
    const vname = i >= 0 ? inv.args[i + 1]?.value : inv.args.find((w) => w.value?.startsWith("--virtual="))?.value?.slice(10);
    if (vname) {
      state.droppedNames.add(vname);
      state.virtuals.set(vname, pkgs.map((w) => w.value));
    }
    for (const w of pkgs) state.droppedNames.add(w.value);
    for (const w of pkgs) state.apkDropped.add(w.value);
    return { kind: "build", keeps: [], dropped: pkgs.map((w) => w.value) };
  }
  const drop = pkgs.filter((w) => isBuildOnlyPackage(w.value));
  for (const w of drop) state.apkDropped.add(w.value);
  if (drop.length === pkgs.length) return { kind: "build", keeps: [], dropped: drop.map((w) => w.value) };
  for (const w of pkgs) if (!drop.includes(w)) state.runtimePackages.add(packageName2(w.value));
  return { kind: "replay", text: statementText(doc, cmd.start, cmd.end, drop.map((w) => ({ start: w.start, end: w.end }))), apt: true, dropped: drop.map((w) => w.value) };
}
function packageName2(arg) {
  return arg.replace(/[=:<>~].*$/, "").replace(/\/.*$/, "").toLowerCase();
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh"]);
function programsRun(doc, ins) {
  const esc = doc.escape.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  let raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).replace(new RegExp(`${esc}\\r?\\n`, "g"), " ").trim();
  if (ins.keyword === "HEALTHCHECK") {
    const m = /^CMD\s+/i.exec(raw);
    if (!m) return [];
    raw = raw.slice(m[0].length);
  }
  if (raw.startsWith("[")) {
    let words;
    try {
      words = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === "string")) return [];
    const name = words[0].slice(words[0].lastIndexOf("/") + 1);
    const c = words.indexOf("-c");
    if (SHELLS.has(name) && c > 0 && typeof words[c + 1] === "string") return [name, ...shellPrograms(words[c + 1], 0)];
    return [name];
  }
  return shellPrograms(raw, 0);
}
function shellPrograms(source, depth) {
  const script = parseShell(source);
  const out2 = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    out2.push(inv.name);
    const c = inv.args.findIndex((w) => w.value === "-c");
    const inner = c >= 0 ? inv.args[c + 1]?.value : null;
    if (SHELLS.has(inv.name) && inner && depth < 3) out2.push(...shellPrograms(inner, depth + 1));
  }
  return out2;
}

// transforms/index.ts
var PASSES = [mergeRuns, cacheCleanup, depsFirst, copyChown, multiStage];

// src/engine.ts
var MAX_ROUNDS = 10;
var oneShotHash = crypto.hash;
var parseCached = parseDocumentCached;
var UsageError = class extends Error {
};
function selectPasses(ids, skip = []) {
  for (const id of [...ids ?? [], ...skip]) {
    if (!PASSES.some((p) => p.id === id)) {
      throw new UsageError(`unknown pass "${id}" (passes: ${PASSES.map((p) => p.id).join(", ")})`);
    }
  }
  const chosen = ids ? PASSES.filter((p) => ids.includes(p.id)) : PASSES.filter((p) => p.defaultEnabled);
  return chosen.filter((p) => !skip.includes(p.id));
}
function rewrite(input, options = {}) {
  const passes = selectPasses(options.passes);
  const dockerfileName = options.dockerfileName ?? "Dockerfile";
  const context = options.context ? openContext(options.context, dockerfileName) : null;
  const changes = [];
  const inputEdits = [];
  const rejected = [];
  const seen = /* @__PURE__ */ new Set([input]);
  let text = input;
  let finalSkips = [];
  const created = /* @__PURE__ */ new Set();
  const frames = new LineFrames(input);
  let rounds = 0;
  const declined = /* @__PURE__ */ new Set();
  for (let iteration = 0; rounds < MAX_ROUNDS && iteration < MAX_ROUNDS * 4; iteration++) {
    const round = rounds;
    const doc = parseCached(text);
    const ignores = doc.comments.some((c) => c.text.includes("dockerfix-ignore")) ? readIgnores(doc, PASSES.map((p) => p.id)) : null;
    const ctx = {
      doc,
      context,
      cacheStrategy: options.cacheStrategy ?? "clean",
      dockerfileName,
      unsafe: options.unsafe === true,
      ignored: (ins, pass) => ignores ? ignoredBy(ignores, ins, pass) : null,
      written: (offset) => round > 0 && frames.written(offset, round)
    };
    const proposed = propose(passes, ctx, options);
    if (round > 0) proposed.skips = proposed.skips.filter((s) => s.offset === void 0 || !frames.written(s.offset, round));
    for (const s of proposed.skips) delete s.offset;
    const { candidates, skips, problems } = obeyIgnores(doc, ignores, proposed);
    if (iteration === 0) rejected.push(...problems);
    finalSkips = skips.map((s) => frames.skip(s, round));
    const fresh = candidates.filter((c) => c.edits.length > 0 || (c.files ?? []).some((f) => !created.has(f.path)));
    const dropped = rejected.length;
    const applied = applyRound(doc, fresh, rejected, declined);
    for (let i = dropped; i < rejected.length; i++) rejected[i] = frames.skip(rejected[i], round);
    if (applied.changes.length === 0) {
      if (applied.declined) continue;
      break;
    }
    const newFiles = applied.changes.flatMap((c) => c.files ?? []).filter((f) => !created.has(f.path));
    for (const f of newFiles) created.add(f.path);
    if (seen.has(applied.text) && newFiles.length === 0) {
      rejected.push({ pass: "engine", line: 1, reason: "the passes undo each other (cycle); stopped" });
      break;
    }
    seen.add(applied.text);
    changes.push(...applied.changes.map((c) => frames.change(c, round)));
    inputEdits.push(...applied.changes.map((c) => frames.inputEdits(c.edits, round)));
    frames.push(applied.changes.map((c) => c.edits), applied.text);
    text = applied.text;
    rounds++;
  }
  const files = collectFiles(changes);
  return {
    input,
    output: text,
    changed: text !== input || files.length > 0,
    changes: changes.map(({ at: _at, covers: _covers, ...c }) => ({ ...c, message: withoutOwnLine(c.message, c.line) })),
    skipped: [...finalSkips, ...rejected].map((s) => ({ ...s, reason: withoutOwnLine(s.reason, s.line), ...s.message === void 0 ? {} : { message: withoutOwnLine(s.message, s.line) } })),
    files,
    inputEdits,
    rounds
  };
}
function withoutOwnLine(message, line) {
  if (!message.includes(`line ${line}`)) return message;
  return message.replace(new RegExp(`\\s*\\(line ${line}\\)|\\s+at line ${line}(?!\\d)`, "g"), "");
}
var LineFrames = class {
  texts;
  lineStarts;
  edits = [];
  /** Per round, where each edit's text starts in the text after the round (a long file has a thousand edits). */
  placed = [];
  constructor(input) {
    this.texts = [input];
    this.lineStarts = [computeLineStarts(input)];
  }
  /** A round's edits, one list per change (a move is one change's deletion and insertion), and its result. */
  push(changes, text) {
    const change = /* @__PURE__ */ new Map();
    changes.forEach((edits, n) => edits.forEach((e) => change.set(e, n)));
    const sorted = changes.flat().sort((a, b) => a.start - b.start || a.end - b.end);
    this.edits.push(sorted);
    this.placed.push(placeEdits(sorted, sorted.map((e) => change.get(e))));
    this.texts.push(text);
    this.lineStarts.push(computeLineStarts(text));
  }
  /**
   * The input's line for a 1-based line of round `round`'s text, traced from the line's end: a line an earlier
   * round re-indented (a RUN merged into another gets `    ` before its command) still ends in input text.
   */
  toInput(line, round) {
    if (round === 0 || line < 1) return line;
    const starts = this.lineStarts[round];
    if (line > starts.length) return line;
    const end = line < starts.length ? starts[line] - 1 : this.texts[round].length;
    return this.offsetLine(Math.max(starts[line - 1], end), round);
  }
  /** True when an offset into round `round`'s text lies in text an earlier round wrote. */
  written(offset, round) {
    for (let r = round - 1; r >= 0; r--) {
      const placed = this.placed[r];
      const i = placedAt(placed, offset);
      if (i >= 0 && offset < placed.starts[i] + placed.edits[i].text.length) return true;
      offset = backPlaced(offset, placed, i);
    }
    return false;
  }
  /**
   * The input's line of an offset into round `round`'s text. Text an earlier round wrote maps to where that edit
   * starts, unless it is a copy of text the same change removed (a RUN or a command moved up): then to where that
   * text was, so a change to a moved command is told at the command's line in the input.
   */
  offsetLine(offset, round, followMoves = true) {
    for (let r = round - 1; r >= 0; r--) {
      const placed = this.placed[r];
      const i = placedAt(placed, offset);
      const moved = followMoves && i >= 0 && offset < placed.starts[i] + placed.edits[i].text.length ? this.movedFrom(r, i, offset) : -1;
      offset = moved >= 0 ? moved : backPlaced(offset, placed, i);
    }
    return lineAt(this.lineStarts[0], offset);
  }
  /**
   * Where the text at `offset`, inside the text edit `i` of round `r` wrote, stood before the round, when its line
   * (from the offset on, or the whole line, or the line after its first word: `RUN ` is written in front of a command
   * moved out of a RUN) is found once in the text another edit of the same change removed; else -1.
   */
  movedFrom(r, i, offset) {
    const placed = this.placed[r];
    const e = placed.edits[i];
    const within = offset - placed.starts[i];
    const lineStart = e.text.lastIndexOf("\n", within - 1) + 1;
    const nl = e.text.indexOf("\n", within);
    const lineEnd2 = nl < 0 ? e.text.length : nl;
    const indent = lineStart + (e.text.slice(lineStart, lineEnd2).length - e.text.slice(lineStart, lineEnd2).trimStart().length);
    const space = e.text.indexOf(" ", indent);
    const froms = [Math.max(within, indent), indent];
    if (space >= 0 && space < lineEnd2) froms.push(space + 1 + (e.text.slice(space + 1, lineEnd2).length - e.text.slice(space + 1, lineEnd2).trimStart().length));
    const before = this.texts[r];
    for (const from of froms) {
      const piece = e.text.slice(from, lineEnd2).trimEnd();
      if (piece.length < 12) continue;
      let found = -1;
      for (let k = 0; k < placed.edits.length && found !== -2; k++) {
        const d = placed.edits[k];
        if (k === i || placed.change[k] !== placed.change[i] || d.end - d.start < piece.length) continue;
        const removed = before.slice(d.start, d.end);
        const at = removed.indexOf(piece);
        if (at < 0) continue;
        found = found >= 0 || removed.indexOf(piece, at + 1) >= 0 ? -2 : d.start + at;
      }
      if (found >= 0) return found + Math.min(Math.max(within - from, 0), piece.length);
    }
    return -1;
  }
  /** The line references in a text written in round `round` ("line 7", "lines 6-18", "lines 19, 20 and 22"), renumbered. */
  text(s, round) {
    if (round === 0) return s;
    return s.replace(/\blines? (\d+(?:(?:-|, | and )\d+)*)/g, (_m, list) => {
      const mapped = (list.match(/\d+/g) ?? []).map((n) => this.toInput(Number(n), round));
      if (/^\d+-\d+$/.test(list)) return mapped[0] === mapped[1] ? `line ${mapped[0]}` : `lines ${mapped[0]}-${mapped[1]}`;
      const unique = [...new Set(mapped)];
      if (unique.length === 1) return `line ${unique[0]}`;
      const last = unique.pop();
      return `lines ${unique.join(", ")}${list.includes(" and ") ? " and " : ", "}${last}`;
    });
  }
  /**
   * Edits of round `round` as edits of the input, or null when one of them touches text an earlier round wrote (or
   * spans a place where an earlier round deleted text): such a change only makes sense on top of the earlier one.
   */
  inputEdits(edits, round) {
    let mapped = edits;
    for (let r = round - 1; r >= 0; r--) {
      const earlier = this.edits[r];
      const next = [];
      for (const e of mapped) {
        let delta = 0;
        for (const w of earlier) {
          const ws = w.start + delta;
          const we = ws + w.text.length;
          const overlaps3 = Math.max(e.start, ws) < Math.min(e.end, we);
          const spansPoint = ws === we ? e.start < ws && ws < e.end : e.start === e.end && ws < e.start && e.start < we;
          if (overlaps3 || spansPoint || e.start === e.end && ws === we && e.start === ws && w.end > w.start) return null;
          delta += w.text.length - (w.end - w.start);
        }
        next.push({ ...e, start: back(e.start, earlier), end: back(e.end, earlier) });
      }
      mapped = next;
    }
    return mapped.map((e) => ({ ...e }));
  }
  change(c, round) {
    if (round === 0) return c;
    const anchor = c.at !== void 0 && c.edits.length && c.at <= c.edits[0].start ? c.at : c.edits[0]?.start;
    const inside = c.edits.length > 0 && c.edits.every((e) => this.written(e.start, round) && (e.end === e.start || this.written(e.end - 1, round)));
    const line = anchor !== void 0 ? this.offsetLine(anchor, round, inside) : this.toInput(c.line, round);
    return { ...c, line, message: this.text(c.message, round), reason: this.text(c.reason, round) };
  }
  skip(s, round) {
    if (round === 0) return s;
    return {
      ...s,
      line: this.toInput(s.line, round),
      reason: this.text(s.reason, round),
      ...s.message !== void 0 ? { message: this.text(s.message, round) } : {}
    };
  }
};
function placeEdits(edits, change) {
  const starts = [];
  const deltas = [];
  let delta = 0;
  for (const e of edits) {
    starts.push(e.start + delta);
    deltas.push(delta);
    delta += e.text.length - (e.end - e.start);
  }
  return { edits, starts, deltas, change };
}
function placedAt(placed, offset) {
  let lo = 0;
  let hi = placed.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (placed.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
function backPlaced(offset, placed, i) {
  if (i < 0) return offset;
  const e = placed.edits[i];
  if (offset < placed.starts[i] + e.text.length) return e.start;
  return offset - (placed.deltas[i] + e.text.length - (e.end - e.start));
}
function back(offset, edits) {
  let delta = 0;
  for (const e of edits) {
    const start = e.start + delta;
    if (offset < start) break;
    if (offset < start + e.text.length) return e.start;
    delta += e.text.length - (e.end - e.start);
  }
  return offset - delta;
}
function obeyIgnores(doc, ignores, proposed) {
  if (!ignores) return { ...proposed, problems: [] };
  const skips = [...proposed.skips];
  const problems = ignores.problems.map((p) => ({ pass: "engine", line: p.line, reason: p.reason }));
  const candidates = [];
  for (const c of proposed.candidates) {
    const hit = ignores.file.length ? ignoredBy(ignores, null, c.pass) : null;
    const rule = hit ?? doc.instructions.map((ins) => c.edits.some((e) => touches(e, ins)) ? ignoredBy(ignores, ins, c.pass) : null).find((r) => r !== null) ?? null;
    if (!rule) {
      candidates.push(c);
      continue;
    }
    skips.push({ pass: c.pass, line: c.line, changeId: c.id, message: c.message, reason: `not applied: ${ruleName(rule)} asks to leave ${rule.file ? "this file" : "that instruction"} alone` });
  }
  return { candidates, skips, problems };
}
function touches(e, ins) {
  return e.start === e.end ? ins.start <= e.start && e.start <= ins.end : e.start < ins.end && ins.start < e.end || e.start === ins.end;
}
function propose(passes, ctx, options) {
  const candidates = [];
  const skips = [];
  const ids = /* @__PURE__ */ new Set();
  for (const pass of passes) {
    let result;
    try {
      result = pass.run(ctx);
    } catch (error) {
      skips.push({ pass: pass.id, line: 1, reason: `internal error in the pass, nothing changed by it: ${error.message}` });
      continue;
    }
    for (const s of result.skipped) skips.push({ pass: pass.id, line: s.line, reason: s.reason, ...s.offset !== void 0 ? { offset: s.offset } : {} });
    for (const proposed of result.changes) {
      const change = toCandidate(pass.id, proposed, ctx.doc, pass.priority ?? 50);
      if (change) {
        const base2 = change.id;
        for (let n = 2; ids.has(change.id); n++) change.id = `${base2}-${n}`;
        ids.add(change.id);
      }
      if (!change) {
        skips.push({ pass: pass.id, line: 1, reason: `internal error: the pass proposed overlapping or out-of-range edits ("${proposed.message}")` });
        continue;
      }
      if (change.safety === "unsafe" && !options.unsafe) {
        skips.push({ pass: pass.id, line: change.line, changeId: change.id, message: change.message, reason: `unsafe change, applied only with --unsafe: ${change.reason}` });
        continue;
      }
      if (options.changeIds && !options.changeIds.includes(change.id)) {
        skips.push({ pass: pass.id, line: change.line, changeId: change.id, message: change.message, reason: "not selected" });
        change.selected = false;
      }
      candidates.push(change);
    }
  }
  return { candidates, skips };
}
function changeId(pass, proposed, text) {
  let data = `${pass}\0${proposed.message}`;
  for (const e of proposed.edits) {
    const from = text.lastIndexOf("\n", e.start - 1) + 1;
    const nl = text.indexOf("\n", e.end);
    data += `\0${text.slice(from, nl < 0 ? text.length : nl)}\0${e.start - from}\0${e.end - e.start}\0${e.text}`;
  }
  for (const f of proposed.files ?? []) data += `\0${f.path}\0${f.content}`;
  const digest = oneShotHash ? oneShotHash("sha1", data, "hex") : createHash("sha1").update(data).digest("hex");
  return `${pass}:${digest.slice(0, 8)}`;
}
function toCandidate(pass, proposed, doc, priority) {
  const edits = [...proposed.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < 0 || e.end > doc.text.length || e.start > e.end) return null;
    if (i > 0 && e.start < edits[i - 1].end) return null;
  }
  if (edits.length === 0 && !(proposed.files && proposed.files.length)) return null;
  let start = edits.length ? edits[0].start : 0;
  let end = edits.length ? Math.max(...edits.map((e) => e.end)) : 0;
  const line = doc.lineOf(proposed.at !== void 0 && proposed.at <= start ? proposed.at : start);
  if (proposed.covers) {
    start = Math.min(start, proposed.covers[0]);
    end = Math.max(end, proposed.covers[1]);
  }
  return {
    ...proposed,
    edits,
    id: changeId(pass, proposed, doc.text),
    pass,
    line,
    span: [start, end],
    priority
  };
}
function applyRound(doc, candidates, rejected, declined) {
  const dropped = new Set(rejected.map((r) => r.changeId).filter((id) => id !== void 0));
  const sorted = candidates.filter((c) => !dropped.has(c.id) && !declined.has(c.id)).sort((a, b) => a.priority - b.priority || a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const taken = [];
  const waiting = [];
  const meets = (c, t) => c.span[0] <= t.span[1] && t.span[0] <= c.span[1];
  for (const c of sorted) {
    if (taken.some((t) => meets(c, t)) || waiting.some((w) => w.priority < c.priority && meets(c, w))) {
      waiting.push(c);
      continue;
    }
    taken.push(c);
  }
  const left = taken.filter((c) => c.selected === false);
  for (const c of left) declined.add(c.id);
  return { ...applyTaken(doc, taken.filter((c) => c.selected !== false), rejected), declined: left.length > 0 };
}
function applyTaken(doc, taken, rejected) {
  if (taken.length === 0) return { text: doc.text, changes: [] };
  taken.sort((a, b) => a.span[0] - b.span[0]);
  const all = applyEdits(doc.text, taken.flatMap((c) => c.edits));
  const problem = checkOutput(doc, all, taken);
  if (!problem) return { text: all, changes: taken.map(stripSpan) };
  const kept = [];
  for (const c of taken) {
    const trial = [...kept, c];
    const out2 = applyEdits(doc.text, trial.flatMap((t) => t.edits));
    const why = checkOutput(doc, out2, trial);
    if (why) rejected.push({ pass: c.pass, line: c.line, changeId: c.id, message: c.message, reason: `dropped by the engine's output check: ${why}` });
    else kept.push(c);
  }
  if (kept.length === 0) return { text: doc.text, changes: [] };
  return { text: applyEdits(doc.text, kept.flatMap((c) => c.edits)), changes: kept.map(stripSpan) };
}
function stripSpan(c) {
  const { span: _span, priority: _priority, selected: _selected, ...change } = c;
  return change;
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out2 = "";
  let at = 0;
  for (const e of sorted) {
    out2 += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out2 + text.slice(at);
}
function checkOutput(before, output, changes) {
  const edits = changes.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let after;
  try {
    after = parseDocumentAfter(before, output, edits);
  } catch (error) {
    return `the output does not parse (${error.message})`;
  }
  if (after.escape !== before.escape) return "the escape directive changed";
  if (after.runsUnreliable && !before.runsUnreliable) return after.runsUnreliable;
  let first = 0;
  let shifted = 0;
  let delta = 0;
  const afterByStart = new Map(after.instructions.map((i) => [i.start, i]));
  const accounted = /* @__PURE__ */ new Set();
  for (const ins of before.instructions) {
    while (first < edits.length && edits[first].end < ins.start) first++;
    let touched = false;
    for (let k = first; k < edits.length && edits[k].start <= ins.end; k++) {
      if (touches(edits[k], ins)) {
        touched = true;
        break;
      }
    }
    if (touched) continue;
    while (shifted < edits.length && edits[shifted].end <= ins.start) {
      delta += edits[shifted].text.length - (edits[shifted].end - edits[shifted].start);
      shifted++;
    }
    const moved = afterByStart.get(ins.start + delta);
    if (!moved || moved.keyword !== ins.keyword || moved.text !== ins.text || moved.stage !== ins.stage) {
      return `line ${ins.line} (${ins.keyword}) is no longer the same instruction`;
    }
    accounted.add(moved);
  }
  for (const ins of after.instructions) {
    if (accounted.has(ins)) continue;
    const opaque = ins.shell?.opaqueReason;
    if (opaque && !ins.json && !ins.heredoc && after.stages[ins.stage]?.posixShell !== false && !after.runsUnreliable) {
      return `the edited RUN at line ${ins.line} cannot be read any more (${opaque})`;
    }
  }
  const added = changes.filter((c) => c.keeps !== void 0).length;
  if (after.stages.length !== before.stages.length + added) return "the number of build stages changed";
  return null;
}
function collectFiles(changes) {
  const files = /* @__PURE__ */ new Map();
  for (const c of changes) for (const f of c.files ?? []) if (!files.has(f.path)) files.set(f.path, f);
  return [...files.values()];
}

export {
  require_picomatch2 as require_picomatch,
  parseDocumentCached,
  parseDocument,
  PASSES,
  require_ignore,
  UsageError,
  selectPasses,
  rewrite
};
