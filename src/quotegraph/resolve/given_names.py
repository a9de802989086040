"""The built-in lexicon of frequent given names, female and male. Standard library only.

Data, not rules: names.py reads it to tell a person's gender and where a name starts after a
title. Kept apart so that the list can grow without touching the code that parses names.
"""

from __future__ import annotations

# A small list of frequent given names, for gender agreement with "he"/"she" when nothing else in
# the article says which (honorifics and gendered roles take precedence). The last lines of each
# list: frequent English given names of the US and UK birth lists, and Slavic given names in their
# usual transliterations.
FEMALE_GIVEN = frozenset(
    """
    ursula hillary kamala nancy angela theresa elizabeth mary anna anne maria marie sarah sara
    emma olga natalia julia yulia kaja giorgia annalena marine christine kristalina jacinda liz nikki
    elise michelle laura susan karen linda patricia jennifer jessica emily helen alexandria ilhan elena
    irina sophie claire catherine kate margaret jane joan ruth rachel amy lisa diana melania
    ivanka kellyanne huma sheryl janet condoleezza madeleine samantha priya carla sanna frida ingrid mette
    ana lucia barbara betty sandra ashley kimberly donna carol amanda dorothy melissa deborah stephanie
    rebecca sharon cynthia kathleen shirley brenda pamela nicole katherine debra carolyn heather diane julie
    olivia joyce kelly lauren christina evelyn judith megan andrea cheryl hannah jacqueline
    martha gloria teresa ann frances kathryn janice abigail alice judy sophia grace
    denise amber doris marilyn danielle beverly isabella natalie brittany kayla alexis lori louise
    jo joanne caroline claudia valerie yvonne nadia fatima aisha priyanka sonia anita sunita meena
    leila layla zainab mariam greta nicola kemi priti suella penny
    dianne carly cherie trish tricia patty patti debbie kathy cathy sue susie suzanne marianne
    roberta rosemary rosa sally sheila stacey stacy tammy tina tracy tracey wendy vicki vicky
    valentina veronica vanessa tanya tara terri sylvia sabrina ruby rita renee rhonda paula pauline
    peggy phyllis nora norma nina naomi nadine molly monica miriam michele mia melinda maxine
    maureen marsha marjorie marcia lydia lucy loretta lois lillian leah kristen kristin kirsten
    katie kaitlyn karin jill jenny jenna jeanne jeanette janine ivana irene holly heidi
    harriet gwen gillian gail fiona erin erica erika esther eva ellen eleanor elaine eileen edith
    dolores dina daphne colleen connie cindy chloe cecilia cassandra carmen carrie carole caitlin
    britney bridget bonnie beth bethany belinda becky audrey annie annette angelina alison allison
    alicia alexandra adriana agnes amelia anastasia anjali camila chiara clara daniela elisa
    elisabeth ella emilia francesca gabriela giulia hanna helga isabel isabelle joanna johanna
    justine karla katarzyna katrin kristina lena liliana magdalena margarita margot marta martina
    monika nathalie natasha oksana paola petra raquel renata sabine silvia simona svetlana tatiana
    tatyana ulrike viktoria yvette zoe deepa divya kavita neha pooja rekha nirmala indira amira
    hanan huda mona rania salma samira yasmin tulsi kirstjen betsy dolly gretchen hattie joni
    kyrsten mazie
    gwendolyn rosemarie aileen wanda regina pam muriel hana abby brooke charlotte cora jenn latoya
    beatrice bernadette candace charlene christy cristina daisy darlene deanna della delores doreen
    edna elsie emilie ethel eunice faye geraldine glenda imelda irma jackie jeannie joann
    jodi josephine juanita kara kari katharine kristy lana laurie leona lilian lorraine lucille mabel
    mandy marcy margie maryann mavis meg mildred minnie myra nell nellie noreen penelope polly
    priscilla rachael rebekah rosie roxanne sadie selena sherry shelley sonya stella tamara thelma
    tonya trudy verna vivian wilma winifred adele annabel antonia ava bianca claudette colette dora
    eloise freya gemma imogen isla jemima kirsty leonie lottie maeve maisie marisa matilda millie niamh
    orla rhiannon saoirse siobhan tess tessa yolanda zara angelica beatriz ines lorena marisol ludmila
    lyudmila galina nataliya yelena ekaterina yekaterina larisa
    """.split()
)
MALE_GIVEN = frozenset(
    """
    mark donald joe joseph barack george bill william john james robert michael david richard
    thomas charles vladimir volodymyr dmitry sergei sergey olaf emmanuel boris rishi keir xi jens
    antony tony mike mitch chuck bernie ted marco jeb rand chris paul peter pete
    viktor recep benjamin ali hassan mohammed muhammad ahmed abdel kim pierre luis carlos
    andrzej donald friedrich mario matteo pedro justin narendra lloyd jake ron kevin steve steven
    brian tim tom jim bob dan daniel matthew andrew jeff jared reince newt rudy
    corey sean eric lindsey harry nick nicolas petro oleksiy dmytro andriy yuriy alexei alexander
    christopher anthony joshua kenneth timothy ronald edward jason jeffrey ryan jacob gary nicholas jonathan
    stephen larry scott brandon samuel gregory frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary kyle ethan walter noah jeremy keith roger
    gerald harold carl arthur lawrence dylan jesse bryan billy bruce gabriel
    logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
    mason philip louis neil ian simon graham stuart gordon alastair hamish angus duncan liam
    connor declan oliver leo max hugo felix oscar theo lukas jan piotr pavel ivan
    igor oleg andrei mikhail nikolai yuri ahmad omar khalid hamza bilal tariq yusuf ibrahim
    mustafa mehmet emre kyriakos nikos giorgos dimitris josh
    hank gavin marcus derek dale darren darryl dwayne edgar edwin elliot elliott ernest floyd fred
    freddie frederick greg herbert herman hugh isaac jamal jay jerome jimmy joel johnny jon jonah
    jorge julian julio karl ken kenny kurt lance leon leonard leroy lionel lorenzo luke manuel marc
    martin marvin matt maurice melvin miguel milton nathaniel otis owen pablo phil rafael ramon
    randall reggie ricardo rick ricky rob robbie rodney roland rupert sam sammy sanjay sergio seth
    shane sheldon stan stanley theodore toby todd tommy travis trevor troy vernon victor vince
    wesley wilbur wyatt zach abdullah abdul akira alejandro alberto alessandro alexandre andreas
    andres antoine antonio arnaud arturo bruno cesar christoph cristiano diego dieter eduardo emil
    emilio enrique erik ernesto fabio fernando francesco francisco francois gerhard giovanni
    giuseppe guillaume gustavo hans heinrich helmut hector hiroshi horst ignacio jacques jaime
    javier joachim johan johannes jurgen karim klaus lars luca lucas luigi manfred marcel marcelo
    markus mateo matthias maurizio michel mohamed mohammad nabil nasser olivier paolo pascal patrice
    raul roberto rodrigo rolf ruben salvatore sandro sebastian shinzo silvio stefan stefano sven
    thierry tomas uwe vittorio werner wolfgang xavier yves amit anil arjun arvind ashok deepak
    manish manoj mukesh pradeep rahul rajesh rajiv ramesh ravi sunil suresh vijay vikram vivek
    yoshihide fumio taro kenji takeshi faisal fahad hamad hussein mahmoud majid osama rashid saad
    saeed salman sami walid ziad kwame kofi cyril uhuru thabo mitt beto elon sonny
    andy alex brad bradley brett brendan bernard dominic doug dave geoff geoffrey erick denis allan ned
    carlo denzel aleksandar kristian hubert devin mick mickey eddie charlie danny donnie frankie gerry
    jimmie joey leonardo marty nate neal ronnie rudolph terrence tyrone cody colin derrick dustin
    edmund emmett evan garrett gregg jeffery jeremiah lonnie malcolm micheal nigel quentin randolph
    reginald roderick rory rufus shawn stephan tobias trent vaughn wendell wilfred winston dmitri
    yevgeny aleksandr aleksei alexey vladislav vitaly vasily maksim nikita konstantin anatoly gennady
    grigory leonid vitali evgeny benny bert brent elmer ervin jasper jeffry lenny marlon mathew monte
    norbert orville rodger salvador thaddeus timmy woodrow alvin archie barney ben clarence clifford
    """.split()
)
# Names given to both (Kim, Lindsey, Terry, Jean, Jordan) stay out of both lists on purpose.
